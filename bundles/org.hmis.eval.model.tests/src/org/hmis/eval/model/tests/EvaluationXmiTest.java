/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.PaymentSystem;
import org.hmis.eval.model.io.EvaluationXmi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading evaluations in the product's own XMI format. */
class EvaluationXmiTest {

	@TempDir
	Path folder;

	@Test
	void roundTripThroughAFileGivesAnEqualModel() throws IOException {
		Evaluation original = vimo();
		Path file = folder.resolve("vimo." + EvaluationXmi.EXTENSION);
		EvaluationXmi.save(original, file);
		Evaluation reloaded = EvaluationXmi.load(file);
		assertTrue(EcoreUtil.equals(original, reloaded), "reloaded evaluation differs from the saved one");
		assertEquals(PaymentSystem.THIRD_PARTY, reloaded.getScheme().getPaymentSystem());
	}

	@Test
	void saveReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
		Path file = folder.resolve("vimo." + EvaluationXmi.EXTENSION);
		EvaluationXmi.save(vimo(), file);
		Evaluation changed = vimo();
		changed.setTitle("second version");
		EvaluationXmi.save(changed, file);
		assertEquals("second version", EvaluationXmi.load(file).getTitle());
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "only the evaluation file should remain");
		}
	}

	@Test
	void refusesDocumentsWithADoctype() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "do not read me");
		String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE e [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<hmis:Evaluation xmlns:hmis=\"http://www.hmis.org/eval/1.0\" title=\"&x;\"/>";
		Path file = folder.resolve("hostile.hmis");
		Files.writeString(file, hostile, StandardCharsets.UTF_8);
		assertThrows(IOException.class, () -> EvaluationXmi.load(file));
	}

	static Evaluation vimo() {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setTitle("VIMO 2006");
		evaluation.setScheme(factory.createScheme());
		evaluation.getScheme().setName("VIMO");
		evaluation.getScheme().setCurrency("Rs");
		evaluation.getScheme().setPaymentSystem(PaymentSystem.THIRD_PARTY);
		AccountingYear year = factory.createAccountingYear();
		year.setYear(2006);
		for (Map.Entry<String, BigDecimal> entry : VimoAccounts.enteredLines().entrySet()) {
			AccountLine line = factory.createAccountLine();
			line.setCode(entry.getKey());
			line.setAmount(entry.getValue());
			year.getAccountLines().add(line);
		}
		evaluation.getYears().add(year);
		return evaluation;
	}
}

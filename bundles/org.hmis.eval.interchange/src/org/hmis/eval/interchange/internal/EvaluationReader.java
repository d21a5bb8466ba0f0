/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;

/**
 * Reads every file of the format from a source, in the format's order, into a new evaluation; the
 * problems are collected, not thrown, so that one import reports all of them.
 */
public final class EvaluationReader {

	private EvaluationReader() {
	}

	public static Evaluation read(InterchangeSource source, ProblemCollector problems) {
		Evaluation evaluation = ModelFactory.eINSTANCE.createEvaluation();
		evaluation.setScheme(ModelFactory.eINSTANCE.createScheme());
		boolean registersRead = false;
		for (InterchangeFile file : InterchangeFormat.files()) {
			switch (file.layout()) {
			case SETTINGS -> source.table(file, problems)
					.ifPresent(table -> SettingsFileReader.read(table, file, evaluation.getScheme()));
			case ROWS -> source.table(file, problems).ifPresent(table -> RowsFileReader.read(table, file, evaluation));
			case REGISTER -> {
				if (!registersRead) {
					source.readRegisters(evaluation, problems);
					registersRead = true;
				}
			}
			}
		}
		source.warnOfUnknownFiles(problems);
		return evaluation;
	}
}

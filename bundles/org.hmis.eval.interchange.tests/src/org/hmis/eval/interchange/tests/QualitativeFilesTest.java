/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeExporter;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The membership mix (G.1) and entitlement tools (T.4) files: rules and round trip. */
class QualitativeFilesTest {

	@TempDir
	Path folder;

	@Test
	void validFilesSurviveARoundTrip() throws Exception {
		Path source = folder.resolve("source");
		Files.createDirectories(source);
		Files.writeString(source.resolve("membership_mix.csv"),
				"year,membership_type,membership_unit,beneficiaries\n2006,voluntary,individual,250\n2006,voluntary,family,250\n");
		Files.writeString(source.resolve("entitlement_tools.csv"), "year,tool,score\n2006,membership_card,2\n2006,guarantee_letter,2\n");
		Evaluation imported = InterchangeImporter.importFolder(source).evaluation();
		assertEquals(2, imported.getYears().get(0).getMembershipMix().size());
		assertEquals(2, imported.getYears().get(0).getEntitlementTools().size());
		Path exported = folder.resolve("exported");
		InterchangeExporter.exportFolder(imported, exported);
		Evaluation reimported = InterchangeImporter.importFolder(exported).evaluation();
		reimported.getScheme().setName(imported.getScheme().getName());
		reimported.setTitle(imported.getTitle());
		assertTrue(EcoreUtil.equals(imported, reimported));
	}

	@Test
	void unknownTypeAndScoreAboveFourAreRefused() throws Exception {
		Files.writeString(folder.resolve("membership_mix.csv"),
				"year,membership_type,membership_unit,beneficiaries\n2006,optional,individual,250\n");
		Files.writeString(folder.resolve("entitlement_tools.csv"), "year,tool,score\n2006,membership_card,5\n");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals(List.of("entitlement_tools.csv:2:3: score must be between 0 and 4: 5",
				"membership_mix.csv:2:2: membership_type must be one of automatic, compulsory, voluntary: 'optional'"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}
}

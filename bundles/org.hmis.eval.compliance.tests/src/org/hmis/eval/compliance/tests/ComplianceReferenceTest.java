/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hmis.eval.compliance.ComplianceReference;
import org.hmis.eval.compliance.ComplianceServices;
import org.hmis.eval.compliance.RulePack;
import org.junit.jupiter.api.Test;

/** docs/compliance.md is the reference of the packs the product ships, generated from their catalogues. */
class ComplianceReferenceTest {

	@Test
	void theCommittedReferenceIsTheGeneratedOne() throws IOException {
		List<RulePack> packs = ComplianceServices.registry().packs();
		assertEquals(List.of("guide", "waemu"), packs.stream().map(RulePack::id).toList(), "the product's packs");
		String generated = ComplianceReference.markdown(packs);
		Path page = Path.of(System.getProperty("hmis.docs"), "compliance.md");
		if (Boolean.getBoolean("hmis.updateDocs")) {
			Files.writeString(page, generated, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
		if (!generated.equals(committed)) {
			Files.writeString(Path.of(System.getProperty("hmis.testOutput"), "compliance.md"), generated, StandardCharsets.UTF_8);
		}
		assertTrue(generated.equals(committed), () -> "docs/compliance.md is stale: run ./mvnw verify -Dhmis.updateDocs=true"
				+ " (the generated page is in " + System.getProperty("hmis.testOutput") + ")");
	}
}

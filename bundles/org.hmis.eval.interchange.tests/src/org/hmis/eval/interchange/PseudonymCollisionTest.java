/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Two people under one pseudonym would merge their records: the export stops instead. */
class PseudonymCollisionTest {

	@Test
	void aCollisionStopsTheExportAndARepeatedIdIsNone() {
		// One character (5 bits) of pseudonym: 33 members cannot all get their own.
		Pseudonyms pseudonyms = Pseudonyms.withKeyAndBits("a key for the tests".getBytes(StandardCharsets.UTF_8), 5);
		assertEquals(pseudonyms.member("M1"), pseudonyms.member("M1"), "the same member, the same pseudonym");
		IllegalStateException collision = assertThrows(IllegalStateException.class, () -> {
			for (int m = 2; m <= 33; m++) {
				pseudonyms.member("M" + m);
			}
		});
		assertTrue(collision.getMessage().startsWith("two members would share the pseudonym M"),
				collision.getMessage());
	}
}

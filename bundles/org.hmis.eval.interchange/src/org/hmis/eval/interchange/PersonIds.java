/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

/**
 * How an export writes the identities of the scheme's members and beneficiaries: as given, or
 * replaced by pseudonyms ({@link Pseudonyms}). Only the register columns that name a person go
 * through it (a contract's and a payment's member, a beneficiary and its member, a claim's
 * beneficiary); everything else of an evaluation holds no one's identity.
 */
public interface PersonIds {

	/** The identities as given. */
	PersonIds AS_GIVEN = new PersonIds() {
		@Override
		public String member(String id) {
			return id;
		}

		@Override
		public String beneficiary(String id) {
			return id;
		}
	};

	/** @return what the export writes for the member {@code id} (never null for a non-null id) */
	String member(String id);

	/** @return what the export writes for the beneficiary {@code id} (never null for a non-null id) */
	String beneficiary(String id);
}

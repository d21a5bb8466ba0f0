/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.time.LocalDate;

import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.Sex;

/** One beneficiary as texts and dates; optional values are null. */
public record BeneficiaryRow(String beneficiaryId, String memberId, BeneficiaryRole role, Sex sex, LocalDate birthDate,
		LocalDate startDate, LocalDate endDate) {

	/** @return the row {@code row} of {@code tables} */
	public static BeneficiaryRow of(RegisterTables tables, int row) {
		BeneficiaryTable b = tables.beneficiaries();
		return new BeneficiaryRow(tables.beneficiaryIds().text(b.id(row)), tables.members().text(b.member(row)), b.role(row),
				b.sex(row), Days.date(b.birth(row)), Days.date(b.start(row)), Days.date(b.end(row)));
	}
}

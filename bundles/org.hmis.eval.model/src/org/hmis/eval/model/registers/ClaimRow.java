/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hmis.eval.model.ClaimStatus;

/** One claim as texts, dates and decimals; optional values are null. */
public record ClaimRow(String claimId, String beneficiaryId, String provider, String category, LocalDate serviceDate,
		ClaimStatus status, BigDecimal amountCovered, BigDecimal copayment, LocalDate decisionDate, LocalDate paidDate,
		LocalDate admissionDate, LocalDate dischargeDate) {

	/** A claim without co-payment or the optional dates. */
	public static ClaimRow of(String claimId, String beneficiaryId, String provider, String category,
			LocalDate serviceDate, ClaimStatus status, BigDecimal amountCovered) {
		return new ClaimRow(claimId, beneficiaryId, provider, category, serviceDate, status, amountCovered, null, null,
				null, null, null);
	}

	/** @return the row {@code row} of {@code tables} */
	public static ClaimRow of(RegisterTables tables, int row) {
		ClaimTable c = tables.claims();
		return new ClaimRow(tables.claimIds().text(c.id(row)), tables.beneficiaryIds().text(c.beneficiary(row)),
				tables.providers().text(c.provider(row)), tables.categories().text(c.category(row)),
				Days.date(c.service(row)), c.status(row), Amounts.decimal(c.covered(row)), Amounts.decimal(c.copayment(row)),
				Days.date(c.decision(row)), Days.date(c.paid(row)), Days.date(c.admission(row)),
				Days.date(c.discharge(row)));
	}
}

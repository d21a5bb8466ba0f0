/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;

/**
 * One contract as texts, dates and decimals: how a test, a workbook or a screen gives or shows a
 * row. Optional values are null.
 */
public record ContractRow(String memberId, LocalDate startDate, LocalDate endDate, BigDecimal premiumDue,
		LocalDate dueDate, MembershipType membershipType, MembershipUnit membershipUnit, String area, String promoter,
		String plan) {

	/** A voluntary family contract due on its start date, without area, promoter or plan. */
	public static ContractRow of(String memberId, LocalDate startDate, LocalDate endDate, BigDecimal premiumDue) {
		return new ContractRow(memberId, startDate, endDate, premiumDue, null, null, null, null, null, null);
	}

	/** @return the row {@code row} of {@code tables} */
	public static ContractRow of(RegisterTables tables, int row) {
		ContractTable c = tables.contracts();
		return new ContractRow(tables.members().text(c.member(row)), Days.date(c.start(row)), Days.date(c.end(row)),
				Amounts.decimal(c.premiumDue(row)), Days.date(c.due(row)), c.membershipType(row), c.membershipUnit(row),
				text(tables.areas(), c.area(row)), text(tables.promoters(), c.promoter(row)), text(tables.plans(), c.plan(row)));
	}

	static String text(TextDictionary dictionary, int code) {
		return code < 0 ? null : dictionary.text(code);
	}
}

/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One premium payment as texts, dates and decimals. */
public record PaymentRow(String memberId, LocalDate contractStart, LocalDate paymentDate, BigDecimal amount) {

	/** @return the row {@code row} of {@code tables} */
	public static PaymentRow of(RegisterTables tables, int row) {
		PaymentTable p = tables.payments();
		return new PaymentRow(tables.members().text(p.member(row)), Days.date(p.contractStart(row)), Days.date(p.paid(row)),
				Amounts.decimal(p.amount(row)));
	}
}

/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.ContractTable;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.MemberContracts;
import org.hmis.eval.model.registers.PaymentTable;
import org.hmis.eval.model.registers.RegisterTables;

/**
 * Premiums due and received in an accounting year, from the contracts and payments registers
 * (specification section 3): due are the contracts whose due date falls in the year; received are
 * the payments for those contracts dated on or before the as-of date.
 */
public record PremiumCollection(BigDecimal due, BigDecimal received, long contractsDue, LocalDate asOf) {

	public static PremiumCollection of(RegisterTables tables, AccountingCalendar calendar, LocalDate asOf) {
		ContractTable contracts = tables.contracts();
		int first = calendar.firstDayNumber();
		int last = calendar.lastDayNumber();
		long due = 0;
		long count = 0;
		for (int row = 0; row < contracts.size(); row++) {
			if (contracts.due(row) >= first && contracts.due(row) <= last) {
				due = Math.addExact(due, contracts.premiumDue(row));
				count++;
			}
		}
		PaymentTable payments = tables.payments();
		MemberContracts byMember = tables.contractsByMember();
		int until = Days.of(asOf);
		long received = 0;
		for (int row = 0; row < payments.size(); row++) {
			int contract = byMember.startingOn(payments.member(row), payments.contractStart(row));
			if (contract >= 0 && contracts.due(contract) >= first && contracts.due(contract) <= last
					&& payments.paid(row) <= until) {
				received = Math.addExact(received, payments.amount(row));
			}
		}
		return new PremiumCollection(Amounts.decimal(due), Amounts.decimal(received), count, asOf);
	}
}

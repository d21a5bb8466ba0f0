/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.hmis.eval.model.Contract;
import org.hmis.eval.model.Payment;
import org.hmis.eval.model.Registers;

/**
 * Premiums due and received in an accounting year, from the contracts and payments registers
 * (specification section 3): due are the contracts whose due date falls in the year; received are
 * the payments for those contracts dated on or before the as-of date.
 */
public record PremiumCollection(BigDecimal due, BigDecimal received, long contractsDue, LocalDate asOf) {

	public static PremiumCollection of(Registers registers, AccountingCalendar calendar, LocalDate asOf) {
		BigDecimal due = BigDecimal.ZERO;
		long contracts = 0;
		Set<String> dueKeys = new HashSet<>();
		for (Contract contract : registers.getContracts()) {
			LocalDate dueDate = contract.getDueDate() == null ? contract.getStartDate() : contract.getDueDate();
			if (!dueDate.isBefore(calendar.firstDay()) && !dueDate.isAfter(calendar.lastDay())) {
				due = due.add(contract.getPremiumDue());
				contracts++;
				dueKeys.add(contract.getMemberId() + "/" + contract.getStartDate());
			}
		}
		BigDecimal received = BigDecimal.ZERO;
		for (Payment payment : registers.getPayments()) {
			if (dueKeys.contains(payment.getMemberId() + "/" + payment.getContractStart())
					&& !payment.getPaymentDate().isAfter(asOf)) {
				received = received.add(payment.getAmount());
			}
		}
		return new PremiumCollection(due, received, contracts, asOf);
	}
}

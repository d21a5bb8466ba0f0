/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.ContractTable;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiaryMonth;
import org.hmis.eval.sheets.ClaimsEntry;

/**
 * The cross-checks of specification section 3 between the registers and what was entered
 * otherwise: Table 7 and Table 8 given both ways (the registers win; the difference is reported),
 * and premiums due and earned from the contracts against lines A and C of Table 1.
 */
public final class RegisterCrossChecks {

	/** A difference found, with the interchange file it concerns. */
	public record Finding(String file, String message) {
	}

	private static final BigDecimal TOLERANCE = new BigDecimal("0.5");

	private RegisterCrossChecks() {
	}

	public static List<Finding> check(Evaluation evaluation) {
		RegisterTables registers = RegisterCache.tables(evaluation);
		List<Finding> findings = new ArrayList<>();
		if (registers.isEmpty()) {
			return findings;
		}
		for (AccountingYear year : evaluation.getYears()) {
			AccountingCalendar calendar = AccountingCalendar.of(evaluation.getScheme(), year.getYear());
			RegisterSheets sheets = RegisterCache.sheets(evaluation.getRegisters(), calendar);
			if (sheets.hasContracts()) {
				table7(year, sheets).ifPresent(findings::add);
				premiums(year, registers, calendar, findings);
			}
			if (sheets.hasClaims()) {
				table8(year, sheets).ifPresent(findings::add);
			}
		}
		return findings;
	}

	private static Optional<Finding> table7(AccountingYear year, RegisterSheets sheets) {
		for (MonthlyBeneficiaries entered : year.getMonthlyBeneficiaries()) {
			BeneficiaryMonth derived = sheets.beneficiaryMonths().get(entered.getMonth() - 1);
			long x = derived.value(BeneficiaryColumn.X).orElse(0);
			long y = derived.value(BeneficiaryColumn.Y).orElse(0);
			if (entered.getX() != null && entered.getX() != x || entered.getY() != null && entered.getY() != y) {
				return Optional.of(new Finding("monthly_beneficiaries.csv", year.getYear() + ", month " + entered.getMonth()
						+ ": the registers give X = " + x + " and Y = " + y + ", the sheet X = " + entered.getX()
						+ " and Y = " + entered.getY() + "; Table 7 is taken from the registers"));
			}
		}
		return Optional.empty();
	}

	private static Optional<Finding> table8(AccountingYear year, RegisterSheets sheets) {
		if (year.getClaimsListing().isEmpty()) {
			return Optional.empty();
		}
		long enteredCount = year.getClaimsListing().stream().mapToLong(ClaimsListingEntry::getCount).sum();
		BigDecimal enteredCost = year.getClaimsListing().stream().map(ClaimsListingEntry::getCost)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<ClaimsEntry> derived = sheets.claimsListing();
		long count = derived.stream().mapToLong(ClaimsEntry::count).sum();
		BigDecimal cost = derived.stream().map(ClaimsEntry::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (count != enteredCount || cost.compareTo(enteredCost) != 0) {
			return Optional.of(new Finding("claims_listing.csv", year.getYear() + ": the claims register gives " + count
					+ " authorized claims costing " + cost.toPlainString() + ", the listing " + enteredCount + " costing "
					+ enteredCost.toPlainString() + "; Table 8 is taken from the register"));
		}
		return Optional.empty();
	}

	private static void premiums(AccountingYear year, RegisterTables registers, AccountingCalendar calendar,
			List<Finding> findings) {
		AccountLines accounts = AccountLines.of(year);
		BigDecimal due = PremiumCollection.of(registers, calendar, calendar.lastDay()).due();
		compare(accounts.line("A"), due, "premiums due from the contracts", year.getYear(), findings);
		compare(accounts.line("C"), earned(registers, calendar), "premiums earned from the contracts", year.getYear(),
				findings);
	}

	private static void compare(Optional<SourcedValue> line, BigDecimal fromRegisters, String what, int year,
			List<Finding> findings) {
		if (line.isPresent() && line.get().amount().subtract(fromRegisters).abs().compareTo(TOLERANCE) > 0) {
			findings.add(new Finding("accounts.csv", year + ": " + line.get().source() + " is "
					+ line.get().amount().toPlainString() + ", the " + what + " "
					+ fromRegisters.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
		}
	}

	/**
	 * @return the premiums the contracts earn in the year: each earns its premium in proportion to
	 *         the months it covers, a partly covered month counting its covered days over its days
	 */
	static BigDecimal earned(RegisterTables registers, AccountingCalendar calendar) {
		ContractTable contracts = registers.contracts();
		BigDecimal total = BigDecimal.ZERO;
		for (int row = 0; row < contracts.size(); row++) {
			LocalDate start = Days.date(contracts.start(row));
			LocalDate end = Days.date(contracts.end(row));
			BigDecimal all = months(start, end);
			LocalDate from = max(start, calendar.firstDay());
			LocalDate to = min(end, calendar.lastDay());
			if (from.isAfter(to) || all.signum() == 0) {
				continue;
			}
			BigDecimal premium = Amounts.decimal(contracts.premiumDue(row));
			total = total.add(premium.multiply(months(from, to)).divide(all, MathContext.DECIMAL128));
		}
		return total;
	}

	private static BigDecimal months(LocalDate from, LocalDate to) {
		BigDecimal months = BigDecimal.ZERO;
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			LocalDate start = max(from, month.atDay(1));
			LocalDate end = min(to, month.atEndOfMonth());
			long days = end.toEpochDay() - start.toEpochDay() + 1;
			months = months.add(days == month.lengthOfMonth() ? BigDecimal.ONE
					: BigDecimal.valueOf(days).divide(BigDecimal.valueOf(month.lengthOfMonth()), MathContext.DECIMAL128));
		}
		return months;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}

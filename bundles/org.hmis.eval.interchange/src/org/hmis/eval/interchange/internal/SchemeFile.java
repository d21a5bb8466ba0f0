/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.PaymentSystem;
import org.hmis.eval.model.PremiumPayment;
import org.hmis.eval.model.Scheme;

/** Reads {@code scheme.csv}: one key/value row per setting of the scheme's profile. */
public final class SchemeFile {

	public static final String NAME = "scheme.csv";

	private SchemeFile() {
	}

	/** Fills {@code scheme} from the file, if present. */
	public static void read(Path folder, Scheme scheme, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("key", "value"), Set.of(), problems)
				.ifPresent(table -> readRows(table, scheme, problems));
	}

	private static void readRows(CsvTable table, Scheme scheme, ProblemCollector problems) {
		Set<String> seen = new HashSet<>();
		for (CsvRow row : table.rows()) {
			row.requiredText("key").ifPresent(key -> {
				if (!seen.add(key)) {
					row.error("duplicate key '" + key + "'");
				} else {
					apply(row, key, scheme, problems);
				}
			});
		}
	}

	private static void apply(CsvRow row, String key, Scheme scheme, ProblemCollector problems) {
		switch (key) {
		case "name" -> row.text("value").ifPresent(scheme::setName);
		case "country" -> row.text("value").ifPresent(scheme::setCountry);
		case "currency" -> row.text("value").ifPresent(scheme::setCurrency);
		case "first_year_of_operation" -> row.integer("value", 1900, 2100, false)
				.ifPresent(scheme::setFirstYearOfOperation);
		case "accounting_year_start_month" -> row.integer("value", 1, 12, false)
				.ifPresent(scheme::setAccountingYearStartMonth);
		case "renewal_window_days" -> row.integer("value", 0, 366, false).ifPresent(scheme::setRenewalWindowDays);
		case "enrolment" -> literal(row, EnrolmentMode.get(row.text("value").orElse("")), "open, closed")
				.ifPresent(scheme::setEnrolment);
		case "premium_payment" -> literal(row, PremiumPayment.get(row.text("value").orElse("")),
				"single, instalments").ifPresent(scheme::setPremiumPayment);
		case "payment_system" -> literal(row, PaymentSystem.get(row.text("value").orElse("")),
				"third_party, reimbursement, mixed").ifPresent(scheme::setPaymentSystem);
		default -> problems.warning(NAME, row.line(), "unknown key '" + key + "' ignored");
		}
	}

	private static <T> Optional<T> literal(CsvRow row, T value, String allowed) {
		if (value == null && row.text("value").isPresent()) {
			row.error("value must be one of " + allowed + ": '" + row.text("value").get() + "'");
		}
		return Optional.ofNullable(value);
	}
}

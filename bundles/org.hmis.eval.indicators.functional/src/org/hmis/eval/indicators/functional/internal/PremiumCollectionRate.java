/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import java.util.Optional;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.PremiumCollection;
import org.hmis.eval.sheets.registers.RegisterCache;

/**
 * M.6, the premium collection rate: premiums received / premiums due x 100. The contracts and
 * payments registers give both amounts as of the end of year N; without them, the supplementary
 * account lines {@code premiums_received} and {@code premiums_due} are used, line A standing in for
 * the premiums due when they are not given (it holds the premiums written for the year).
 */
final class PremiumCollectionRate {

	private PremiumCollectionRate() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		if (RegisterCache.tables(context.evaluation()).contracts().size() > 0) {
			AccountingCalendar calendar = AccountingCalendar.of(context.evaluation().getScheme(), context.year());
			PremiumCollection collection = PremiumCollection.of(RegisterCache.tables(context.evaluation()), calendar,
					calendar.lastDay());
			return InputSet.of(definition)
					.add("premiums received", Optional.of(new SourcedValue(collection.received(),
							Texts.text("collection.received", collection.asOf()))), "")
					.add("premiums due", Optional.of(new SourcedValue(collection.due(),
							Texts.text("collection.due", collection.asOf()))), "")
					.percentage("premiums received", "premiums due");
		}
		Optional<SourcedValue> due = context.accounts().line("premiums_due");
		return InputSet.of(definition)
				.add("premiums received", context.accounts().line("premiums_received"),
						Texts.text("missing.premiumsReceived", AccountLineCatalog.reference("premiums_received")))
				.add("premiums due", due.isPresent() ? due : context.accounts().line("A"),
						Texts.text("missing.premiumsDue", AccountLineCatalog.reference("premiums_due"),
								AccountLineCatalog.reference("A")))
				.percentage("premiums received", "premiums due");
	}
}

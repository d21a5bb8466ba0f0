/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;

/**
 * The lines of Tables 1 and 2 of one accounting year, entered and derived.
 * <p>
 * A derived line (C, G, X, 7, 19...) is computed from its terms as soon as at least one of the
 * entered lines beneath it is present; absent terms then count as zero, because an accountant who
 * fills part of a table leaves empty the lines that are nil. A derived line none of whose terms
 * is entered falls back to the value entered for the line itself, if any; otherwise it is
 * missing, and indicators that need it say so instead of computing with zero.
 */
public final class AccountLines {

	private final Map<String, BigDecimal> entered;

	private AccountLines(Map<String, BigDecimal> entered) {
		this.entered = entered;
	}

	/** @return the lines of the given year; {@code null} gives an empty set of lines */
	public static AccountLines of(AccountingYear year) {
		Map<String, BigDecimal> values = new HashMap<>();
		if (year != null) {
			for (AccountLine line : year.getAccountLines()) {
				if (line.getCode() != null && line.getAmount() != null) {
					values.merge(line.getCode(), line.getAmount(), BigDecimal::add);
				}
			}
		}
		return new AccountLines(values);
	}

	/** @return the lines given as code to amount */
	public static AccountLines of(Map<String, BigDecimal> enteredLines) {
		return new AccountLines(new HashMap<>(enteredLines));
	}

	/** @return the value entered for exactly this code, without derivation */
	public Optional<BigDecimal> entered(String code) {
		return Optional.ofNullable(entered.get(code));
	}

	/** @return the line's value with its provenance, or empty when nothing supports it */
	public Optional<SourcedValue> line(String code) {
		Optional<AccountLineDefinition> definition = AccountLineCatalog.find(code);
		if (definition.isEmpty()) {
			return entered(code).map(amount -> new SourcedValue(amount, AccountLineCatalog.reference(code)));
		}
		AccountLineDefinition line = definition.get();
		if (line.isDerived() && hasEnteredTerm(line)) {
			return Optional.of(new SourcedValue(sum(line),
					References.TEXTS.text("derived", line.referenceText(), line.rule())));
		}
		return entered(code).map(amount -> new SourcedValue(amount, line.referenceText()));
	}

	/** @return the derived value of a line, recomputed from its terms (for consistency checks) */
	public Optional<BigDecimal> derivedFromTerms(String code) {
		return AccountLineCatalog.find(code)
				.filter(AccountLineDefinition::isDerived)
				.filter(this::hasEnteredTerm)
				.map(this::sum);
	}

	private boolean hasEnteredTerm(AccountLineDefinition line) {
		for (String term : line.terms()) {
			String code = unsigned(term);
			if (entered.containsKey(code)) {
				return true;
			}
			Optional<AccountLineDefinition> sub = AccountLineCatalog.find(code);
			if (sub.isPresent() && sub.get().isDerived() && hasEnteredTerm(sub.get())) {
				return true;
			}
		}
		return false;
	}

	private BigDecimal sum(AccountLineDefinition line) {
		BigDecimal total = BigDecimal.ZERO;
		for (String term : line.terms()) {
			BigDecimal value = line(unsigned(term)).map(SourcedValue::amount).orElse(BigDecimal.ZERO);
			total = term.startsWith("-") ? total.subtract(value) : total.add(value);
		}
		return total;
	}

	private static String unsigned(String term) {
		return term.startsWith("-") ? term.substring(1) : term;
	}
}

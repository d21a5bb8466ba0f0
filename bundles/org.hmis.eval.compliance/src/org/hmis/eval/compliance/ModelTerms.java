/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.LegalRecognitionStage;
import org.hmis.eval.model.StatutoryObligation;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.MembershipFigures;

/**
 * The values of the evaluation that rules read besides indicators and thresholds:
 * <ul>
 * <li>{@code line(G)}: a line of Table 1 or 2 for the year (derived lines from their terms);</li>
 * <li>{@code stage(4)}: Table 21, 1 when the stage is met, 0 when not;</li>
 * <li>{@code actual(general_assembly)}, {@code required(general_assembly)}: Table 22, the actual
 * frequency and the theoretical interval of an obligation, as times per year;</li>
 * <li>{@code compliant(separate_accounts)}: Table 22, 1 when the obligation is complied with, 0 when not;</li>
 * <li>{@code members()}: the annual average number of members (Table 7).</li>
 * </ul>
 */
final class ModelTerms {

	/** The functions and how many arguments each takes ({@code threshold} is resolved by the checker). */
	static final Map<String, Integer> FUNCTIONS = Map.of("threshold", 1, "line", 1, "stage", 1, "actual", 1,
			"required", 1, "compliant", 1, "members", 0);

	private final Evaluation evaluation;
	private final int year;

	ModelTerms(Evaluation evaluation, int year) {
		this.evaluation = evaluation;
		this.year = year;
	}

	static boolean isKnown(Term term) {
		Integer arguments = FUNCTIONS.get(term.name());
		return arguments != null && arguments == term.arguments().size();
	}

	Operand resolve(Term term) {
		return switch (term.name()) {
		case "line" -> line(term);
		case "stage" -> stage(term);
		case "actual" -> frequency(term, true);
		case "required" -> frequency(term, false);
		case "compliant" -> compliant(term);
		case "members" -> members(term);
		default -> Operand.unavailable(term, ComplianceTexts.text("reason.unknownTerm", term.toString()));
		};
	}

	private Operand line(Term term) {
		AccountingYear accounts = evaluation.getYears().stream().filter(y -> y.getYear() == year).findFirst().orElse(null);
		Optional<SourcedValue> line = AccountLines.of(accounts).line(term.argument());
		return line.map(v -> Operand.of(term, v.amount(), v.provenance())).orElseGet(
				() -> Operand.missing(term, ComplianceTexts.text("reason.lineMissing", term.argument(), year)));
	}

	private Operand stage(Term term) {
		for (LegalRecognitionStage stage : evaluation.getLegalRecognition()) {
			if (String.valueOf(stage.getStage()).equals(term.argument())) {
				LocalizedText met = ComplianceTexts.text(stage.isMet() ? "met.yes" : "met.no");
				return Operand.of(term, stage.isMet() ? BigDecimal.ONE : BigDecimal.ZERO,
						ComplianceTexts.text("source.stage", term.argument(), met));
			}
		}
		return Operand.missing(term, ComplianceTexts.text("reason.stageMissing", term.argument()));
	}

	private Operand frequency(Term term, boolean actual) {
		Optional<StatutoryObligation> obligation = obligation(term.argument());
		if (obligation.isEmpty()) {
			return Operand.missing(term, ComplianceTexts.text("reason.obligationMissing", term.argument()));
		}
		String text = actual ? obligation.get().getActualFrequency() : obligation.get().getTheoreticalInterval();
		LocalizedText what = ComplianceTexts.text(actual ? "frequency.actual" : "frequency.required");
		if (text == null || text.isBlank()) {
			return Operand.missing(term, ComplianceTexts.text("reason.frequencyMissing", term.argument(), what));
		}
		return Frequencies.perYear(text)
				.map(perYear -> Operand.of(term, perYear, ComplianceTexts.text("source.obligation", term.argument(), what, text)))
				.orElseGet(() -> Operand.unavailable(term,
						ComplianceTexts.text("reason.frequencyUnreadable", term.argument(), text)));
	}

	private Operand compliant(Term term) {
		return obligation(term.argument())
				.map(o -> Operand.of(term, o.isCompliant() ? BigDecimal.ONE : BigDecimal.ZERO,
						ComplianceTexts.text("source.compliant", term.argument(),
								ComplianceTexts.text(o.isCompliant() ? "yes" : "no"))))
				.orElseGet(() -> Operand.missing(term, ComplianceTexts.text("reason.obligationMissing", term.argument())));
	}

	private Optional<StatutoryObligation> obligation(String code) {
		List<StatutoryObligation> obligations = evaluation.getObligations();
		return obligations.stream()
				.filter(o -> o.getObligation() != null && o.getObligation().strip().toLowerCase(Locale.ROOT).equals(code))
				.findFirst();
	}

	private Operand members(Term term) {
		return new MembershipFigures(evaluation).members(year)
				.map(v -> Operand.of(term, v.amount(), v.provenance()))
				.orElseGet(() -> Operand.missing(term, ComplianceTexts.text("reason.membersMissing", year)));
	}
}

/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.ValueFormat;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.LegalRecognitionStage;
import org.hmis.eval.model.StatutoryObligation;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.accounts.AccountLineDefinition;
import org.hmis.eval.model.accounts.AccountLineLabels;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.AccountTable;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.reference.ReferenceLists;
import org.hmis.eval.model.scheme.DeclaredNames;
import org.hmis.eval.report.DossierContent;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiarySheet;
import org.hmis.eval.sheets.CategoryShare;
import org.hmis.eval.sheets.MembershipFigures;

/**
 * The rows of every table of the dossier, as the design's scripted data sets read them: one
 * {@code String[]} per row, already formatted for the report's language.
 */
public final class DossierRows {

	private final DossierContent content;
	private final Locale locale;
	private final UnaryOperator<String> messages;
	private final AccountLines accounts;

	/** @param messages the report's messages by key, in the report's language */
	public DossierRows(DossierContent content, Locale locale, UnaryOperator<String> messages) {
		this.content = content;
		this.locale = locale;
		this.messages = messages;
		this.accounts = AccountLines.of(year(content.evaluation(), content.year()));
	}

	/** @return every table's rows, keyed as the design's data sets expect them */
	public Map<String, Object> all() {
		return Map.ofEntries(Map.entry("hmis.profile", profile()), Map.entry("hmis.providers", providers()),
				Map.entry("hmis.incomeStatement", lines(AccountTable.INCOME_STATEMENT)),
				Map.entry("hmis.balanceSheet", lines(AccountTable.BALANCE_SHEET)), Map.entry("hmis.hiddenCosts", hiddenCosts()),
				Map.entry("hmis.indicators", indicators()), Map.entry("hmis.table7", beneficiaryMonths()),
				Map.entry("hmis.table9", claimsByCategory()), Map.entry("hmis.table21", legalRecognition()),
				Map.entry("hmis.table22", obligations()));
	}

	List<String[]> profile() {
		Scheme scheme = content.evaluation().getScheme();
		List<String[]> rows = new ArrayList<>();
		if (scheme == null) {
			return rows;
		}
		rows.add(setting("profile.name", scheme.getName()));
		rows.add(setting("profile.country", scheme.getCountry()));
		rows.add(setting("profile.currency", scheme.getCurrency()));
		rows.add(setting("profile.firstYearOfOperation",
				scheme.getFirstYearOfOperation() == null ? null : String.valueOf(scheme.getFirstYearOfOperation())));
		rows.add(setting("profile.accountingYearStartMonth", String.valueOf(scheme.getAccountingYearStartMonth())));
		rows.add(setting("profile.enrolment", messages.apply("literal." + scheme.getEnrolment().getLiteral())));
		rows.add(setting("profile.premiumPayment", messages.apply("literal." + scheme.getPremiumPayment().getLiteral())));
		rows.add(setting("profile.paymentSystem", messages.apply("literal." + scheme.getPaymentSystem().getLiteral())));
		rows.add(setting("profile.renewalWindowDays", String.valueOf(scheme.getRenewalWindowDays())));
		return rows;
	}

	/** The scheme's providers: kind, the categories they offer (by label) and whether under contract. */
	List<String[]> providers() {
		List<String[]> rows = new ArrayList<>();
		Scheme scheme = content.evaluation().getScheme();
		if (scheme == null) {
			return rows;
		}
		for (Provider provider : scheme.getProviders()) {
			String kind = provider.getKind() == null ? ""
					: ReferenceLists.label(ReferenceLists.PROVIDER_KINDS, provider.getKind(), locale).orElse(provider.getKind());
			String offered = provider.getOfferedCategories().isEmpty() ? messages.apply("dossier.notRecorded")
					: String.join(", ", provider.getOfferedCategories().stream()
							.map(code -> DeclaredNames.categoryLabel(scheme, code, locale)).toList());
			rows.add(new String[] { provider.getName(), kind, offered,
					messages.apply(provider.isContracted() ? "yes" : "no") });
		}
		if (rows.isEmpty()) {
			// A table of headers only reads as a rendering fault: say there is nothing to list.
			rows.add(new String[] { messages.apply("dossier.noProviders"), "", "", "" });
		}
		return rows;
	}

	/**
	 * Lines of one table for years N-2, N-1 and N side by side; supplementary lines are shown when
	 * entered in one of the years, with the table they detail. A table none of the three years
	 * fills is one line saying so, not a page of dashes.
	 */
	List<String[]> lines(AccountTable table) {
		List<AccountLines> years = new ArrayList<>();
		for (int year = content.year() - 2; year <= content.year(); year++) {
			years.add(year == content.year() ? accounts : AccountLines.of(year(content.evaluation(), year)));
		}
		List<String[]> rows = new ArrayList<>();
		boolean any = false;
		for (AccountLineDefinition line : AccountLineCatalog.all()) {
			boolean entered = years.stream().anyMatch(lines -> lines.entered(line.code()).isPresent());
			boolean belongs = line.table() == table || line.table() == AccountTable.SUPPLEMENTARY && entered
					&& (line.code().startsWith("12.") == (table == AccountTable.BALANCE_SHEET));
			if (!belongs) {
				continue;
			}
			String label = AccountLineLabels.label(line.code(), locale);
			if (line.isDerived()) {
				label += " (" + line.rule() + ")";
			}
			String[] row = new String[2 + years.size()];
			row[0] = line.code();
			row[1] = label;
			for (int y = 0; y < years.size(); y++) {
				Optional<BigDecimal> amount = years.get(y).line(line.code()).map(SourcedValue::amount);
				any |= amount.isPresent();
				row[2 + y] = amount(amount);
			}
			rows.add(row);
		}
		if (!any) {
			return List.<String[]>of(new String[] { "", messages.apply("dossier.noAccounts"), "", "", "" });
		}
		return rows;
	}

	List<String[]> hiddenCosts() {
		List<String[]> rows = new ArrayList<>();
		AccountingYear year = year(content.evaluation(), content.year());
		if (year != null) {
			for (HiddenCost cost : year.getHiddenCosts()) {
				rows.add(new String[] { cost.getActivity(), amount(Optional.ofNullable(cost.getEstimatedCost())),
						messages.apply(cost.isIncluded() ? "yes" : "no"), messages.apply(cost.isTraining() ? "yes" : "no") });
			}
		}
		return rows;
	}

	List<String[]> indicators() {
		List<String[]> rows = new ArrayList<>();
		for (IndicatorResult result : content.results()) {
			rows.add(new String[] { result.definition().family(), result.code(), result.definition().title(locale),
					result.value().map(value -> ValueFormat.withUnit(value, result.definition().unit(), locale))
							.orElse(messages.apply("missing")),
					result.definition().formula(), SummaryRows.inputsOrReason(result, locale) });
		}
		return rows;
	}

	/** Table 7 of the year, from the registers or as entered; a last row with the annual averages. */
	List<String[]> beneficiaryMonths() {
		BeneficiarySheet sheet = new MembershipFigures(content.evaluation()).sheets(content.year()).beneficiaries();
		BeneficiaryColumn[] columns = { BeneficiaryColumn.X1, BeneficiaryColumn.X2, BeneficiaryColumn.X,
				BeneficiaryColumn.Y1, BeneficiaryColumn.Y2, BeneficiaryColumn.Y, BeneficiaryColumn.DEPENDENTS };
		List<String[]> rows = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			String[] row = new String[columns.length + 1];
			row[0] = String.valueOf(month);
			boolean any = false;
			for (int c = 0; c < columns.length; c++) {
				OptionalLong value = sheet.value(columns[c], month);
				any |= value.isPresent();
				row[c + 1] = value.isPresent() ? decimals(BigDecimal.valueOf(value.getAsLong()), 0) : "";
			}
			if (any) {
				rows.add(row);
			}
		}
		if (!rows.isEmpty()) {
			String[] average = new String[columns.length + 1];
			average[0] = messages.apply("dossier.annualAverage");
			for (int c = 0; c < columns.length; c++) {
				average[c + 1] = sheet.annualAverage(columns[c])
						.map(value -> decimals(value, 1)).orElse("");
			}
			rows.add(average);
		}
		return rows;
	}

	/** Table 9: claims and their cost by category, with their shares. */
	List<String[]> claimsByCategory() {
		List<String[]> rows = new ArrayList<>();
		for (CategoryShare share : new MembershipFigures(content.evaluation()).sheets(content.year()).structure()) {
			String category = content.evaluation().getScheme() == null ? share.category()
					: DeclaredNames.categoryLabel(content.evaluation().getScheme(), share.category(), locale);
			rows.add(new String[] { category, String.valueOf(share.count()), percent(share.countShare()),
					amount(Optional.of(share.cost())), percent(share.costShare()) });
		}
		return rows;
	}

	/** Table 21: the five stages, assessed or not. */
	List<String[]> legalRecognition() {
		List<String[]> rows = new ArrayList<>();
		for (String code : ReferenceLists.codes(ReferenceLists.STAGES)) {
			Optional<LegalRecognitionStage> assessed = content.evaluation().getLegalRecognition().stream()
					.filter(stage -> String.valueOf(stage.getStage()).equals(code)).findFirst();
			rows.add(new String[] { code, ReferenceLists.label(ReferenceLists.STAGES, code, locale).orElse(code),
					assessed.map(stage -> messages.apply(stage.isMet() ? "yes" : "no")).orElse(messages.apply("missing")),
					assessed.map(LegalRecognitionStage::getEvidence).orElse("") });
		}
		return rows;
	}

	/** Table 22: the obligations the evaluator recorded. */
	List<String[]> obligations() {
		List<String[]> rows = new ArrayList<>();
		for (StatutoryObligation obligation : content.evaluation().getObligations()) {
			rows.add(new String[] {
					ReferenceLists.label(ReferenceLists.OBLIGATIONS, obligation.getObligation(), locale)
							.orElse(obligation.getObligation()),
					text(obligation.getTheoreticalInterval()), text(obligation.getActualFrequency()),
					messages.apply(obligation.isCompliant() ? "yes" : "no"), text(obligation.getRemark()) });
		}
		return rows;
	}

	private String percent(Optional<BigDecimal> value) {
		return value.map(v -> ValueFormat.withUnit(v, Unit.PERCENT, locale)).orElse("\u2013");
	}

	private String decimals(BigDecimal value, int decimals) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(value);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private String[] setting(String key, String value) {
		return new String[] { messages.apply(key), value == null || value.isBlank() ? messages.apply("missing") : value };
	}

	private String amount(Optional<BigDecimal> amount) {
		return amount.map(value -> ValueFormat.number(value, Unit.CURRENCY, locale)).orElse(messages.apply("missing"));
	}

	private static AccountingYear year(Evaluation evaluation, int year) {
		return evaluation.getYears().stream().filter(candidate -> candidate.getYear() == year).findFirst().orElse(null);
	}
}

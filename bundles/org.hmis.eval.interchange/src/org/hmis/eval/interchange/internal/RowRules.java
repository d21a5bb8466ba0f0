/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.RiskPortfolioEntry;
import org.hmis.eval.model.RoleAssignment;
import org.hmis.eval.model.SurveyCase;
import org.hmis.eval.model.SurveyKind;
import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.checklists.ChecklistCatalog;
import org.hmis.eval.model.riskportfolio.ReferenceGrid;

/**
 * The rules of a file beyond the types of its cells: a code that must be in a catalogue of the
 * guide, a name the scheme must declare, one column bounded by another. A rule sees the row's
 * object once every cell is valid, and reports at the column concerned.
 */
final class RowRules {

	/** One file's rule. */
	@FunctionalInterface
	interface Rule {
		/** @return true when the row may be kept; otherwise the problem is reported at the row */
		boolean holds(CsvRow row, EObject object, Evaluation evaluation);
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Map<InterchangeFile, Rule> RULES = Map.ofEntries(
			Map.entry(InterchangeFormat.ACCOUNTS, RowRules::accountLine),
			Map.entry(InterchangeFormat.PROVIDERS, (row, object, evaluation) -> DeclaredNameCheck.categories(row,
					InterchangeFormat.PROVIDER_CATEGORIES, evaluation.getScheme(),
					((Provider) object).getOfferedCategories())),
			Map.entry(InterchangeFormat.BENEFIT_PLANS, (row, object, evaluation) -> DeclaredNameCheck.categories(row,
					InterchangeFormat.PLAN_CATEGORIES, evaluation.getScheme(),
					((BenefitPlan) object).getCoveredCategories())),
			Map.entry(InterchangeFormat.CLAIMS_LISTING, (row, object, evaluation) -> {
				ClaimsListingEntry entry = (ClaimsListingEntry) object;
				return DeclaredNameCheck.providerAndCategory(row, InterchangeFormat.LISTING_PROVIDER,
						InterchangeFormat.LISTING_CATEGORY, evaluation.getScheme(), entry.getProvider(),
						entry.getCategory());
			}),
			Map.entry(InterchangeFormat.PROVIDER_ACTIVITY, (row, object, evaluation) -> {
				ProviderActivity activity = (ProviderActivity) object;
				return DeclaredNameCheck.providerAndCategory(row, InterchangeFormat.ACTIVITY_PROVIDER,
						InterchangeFormat.ACTIVITY_CATEGORY, evaluation.getScheme(), activity.getProvider(),
						activity.getCategory());
			}),
			Map.entry(InterchangeFormat.SURVEY_SAMPLES, RowRules::surveyCase),
			Map.entry(InterchangeFormat.RENEWAL_SUMMARY, (row, object, evaluation) -> {
				RenewalSummary summary = (RenewalSummary) object;
				return notAbove(row, InterchangeFormat.NEW_MEMBERS, summary.getNewMembers(), InterchangeFormat.RENEWAL_MEMBERS,
						summary.getMembers());
			}),
			Map.entry(InterchangeFormat.EXCLUSION_SURVEY, (row, object, evaluation) -> {
				ExclusionSurvey survey = (ExclusionSurvey) object;
				return notAbove(row, InterchangeFormat.EXCLUDED_FOR_MONEY, survey.getExcludedForMoney(),
						InterchangeFormat.PATIENTS, survey.getPatients());
			}),
			Map.entry(InterchangeFormat.RISK_PORTFOLIO, RowRules::portfolioEntry),
			Map.entry(InterchangeFormat.CHECKLISTS, RowRules::checklistAnswer),
			Map.entry(InterchangeFormat.ROLE_TABLES, (row, object, evaluation) -> {
				RoleAssignment role = (RoleAssignment) object;
				if (role.isUncertain() && role.getRemark() == null) {
					row.error(InterchangeFormat.ROLE_REMARK, row.message("rule.uncertain"));
					return false;
				}
				return true;
			}));

	private RowRules() {
	}

	/** @return the rule of a file; a file without one keeps every row whose cells are valid */
	static Rule of(InterchangeFile file) {
		return RULES.getOrDefault(file, (row, object, evaluation) -> true);
	}

	private static boolean accountLine(CsvRow row, EObject object, Evaluation evaluation) {
		String code = ((AccountLine) object).getCode();
		if (AccountLineCatalog.find(code).isEmpty()) {
			row.error(InterchangeFormat.ACCOUNT_LINE, row.message("rule.accountLine", code));
			return false;
		}
		return true;
	}

	/** A duration survey needs both dates in order; a cost survey needs the cost. */
	private static boolean surveyCase(CsvRow row, EObject object, Evaluation evaluation) {
		SurveyCase c = (SurveyCase) object;
		if (c.getSurvey() == SurveyKind.HOSPITAL_COST) {
			if (c.getCost() == null) {
				row.error(InterchangeFormat.SURVEY_COST, row.message("rule.surveyCost"));
				return false;
			}
			return true;
		}
		if (c.getStartDate() == null || c.getEndDate() == null) {
			row.error(row.message("rule.surveyDates", c.getSurvey().getLiteral()));
			return false;
		}
		if (c.getEndDate().isBefore(c.getStartDate())) {
			row.error(InterchangeFormat.SURVEY_END, row.message("rule.surveyOrder", c.getEndDate(), c.getStartDate()));
			return false;
		}
		return true;
	}

	private static boolean portfolioEntry(CsvRow row, EObject object, Evaluation evaluation) {
		RiskPortfolioEntry entry = (RiskPortfolioEntry) object;
		boolean valid = true;
		if (entry.getCopaymentPercent() != null && entry.getCopaymentPercent().compareTo(HUNDRED) > 0) {
			row.error(InterchangeFormat.COPAYMENT_PERCENT,
					row.message("rule.percent", entry.getCopaymentPercent().toPlainString()));
			valid = false;
		}
		if (ReferenceGrid.get().service(entry.getService()).isEmpty()) {
			row.error(InterchangeFormat.PORTFOLIO_SERVICE, row.message("rule.service", entry.getService()));
			valid = false;
		}
		return valid;
	}

	private static boolean checklistAnswer(CsvRow row, EObject object, Evaluation evaluation) {
		ChecklistAnswer answer = (ChecklistAnswer) object;
		ChecklistCatalog catalog = ChecklistCatalog.get();
		Optional<Integer> items = catalog.itemCount(answer.getChecklist());
		if (items.isEmpty()) {
			row.error(InterchangeFormat.CHECKLIST,
					row.message("rule.checklist", answer.getChecklist(), String.join(", ", catalog.checklists())));
			return false;
		}
		if (answer.getItem() > items.get()) {
			row.error(InterchangeFormat.CHECKLIST_ITEM, row.message("rule.checklistItem", items.get(), answer.getItem()));
			return false;
		}
		return true;
	}

	/** @return true unless {@code part} (optional) exceeds {@code whole} */
	private static boolean notAbove(CsvRow row, Column partColumn, Long part, Column wholeColumn, Long whole) {
		if (part != null && whole != null && part > whole) {
			row.error(partColumn, row.message("rule.exceeds", partColumn.name(), part, wholeColumn.name(), whole));
			return false;
		}
		return true;
	}
}

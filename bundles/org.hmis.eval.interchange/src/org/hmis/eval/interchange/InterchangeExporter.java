/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hmis.eval.interchange.internal.CsvWriter;
import org.hmis.eval.interchange.internal.RegisterColumn;
import org.hmis.eval.interchange.internal.RegisterFiles;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.BudgetLine;
import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.Investment;
import org.hmis.eval.model.ManagementTool;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.PaymentRow;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.RiskPortfolioEntry;
import org.hmis.eval.model.SurveyCase;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.PopulationGroup;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;

/**
 * Writes an evaluation as an interchange folder, the inverse of {@link InterchangeImporter}: only
 * the files that have content are written. The folder is built beside the target and moved into
 * place when complete, so a failure leaves any previous folder untouched.
 */
public final class InterchangeExporter {

	private InterchangeExporter() {
	}

	/** Writes {@code evaluation} to the folder {@code target}, replacing it if it exists. */
	public static void exportFolder(Evaluation evaluation, Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
		try {
			for (Map.Entry<String, CsvWriter> file : files(evaluation).entrySet()) {
				if (!file.getValue().isEmpty()) {
					Files.writeString(staging.resolve(file.getKey()), file.getValue().toString(), StandardCharsets.UTF_8);
				}
			}
			replace(staging, absolute);
		} finally {
			deleteTree(staging);
		}
	}

	/**
	 * @return every interchange file of {@code evaluation} by file name, including the empty
	 *         ones (for the workbook template); the folder export writes only those with rows
	 */
	static Map<String, CsvWriter> files(Evaluation evaluation) {
		Map<String, CsvWriter> files = new LinkedHashMap<>();
		files.put("scheme.csv", scheme(evaluation.getScheme()));
		putSchemeLists(evaluation.getScheme(), files);
		CsvWriter accounts = new CsvWriter("year", "line", "amount");
		CsvWriter hidden = new CsvWriter("year", "activity", "estimated_cost", "included", "training");
		CsvWriter population = new CsvWriter("year", "area_population", "census_population", "census_year",
				"growth_rate", "area_km2", "target_population", "household_size", "area_income", "target_income");
		CsvWriter groups = new CsvWriter("year", "category", "count");
		CsvWriter beneficiaryGroups = new CsvWriter("year", "category", "count");
		CsvWriter monthly = new CsvWriter("year", "month", "X1", "X2", "X", "Y1", "Y2", "Y", "Z1", "Z2", "Z3",
				"dependents");
		CsvWriter averages = new CsvWriter("year", "members", "beneficiaries", "dependents", "members_old_areas",
				"members_new_areas");
		CsvWriter claims = new CsvWriter("year", "month", "provider", "category", "count", "cost");
		CsvWriter mix = new CsvWriter("year", "membership_type", "membership_unit", "beneficiaries");
		CsvWriter tools = new CsvWriter("year", "tool", "score");
		CsvWriter activity = new CsvWriter("year", "provider", "category", "services_dispensed",
				"non_beneficiary_services", "non_beneficiary_population", "average_copayment",
				"non_beneficiary_average_cost", "copayments_received", "total_income");
		for (AccountingYear year : evaluation.getYears()) {
			int y = year.getYear();
			for (AccountLine line : year.getAccountLines()) {
				accounts.row(y, line.getCode(), line.getAmount());
			}
			for (HiddenCost cost : year.getHiddenCosts()) {
				hidden.row(y, cost.getActivity(), cost.getEstimatedCost(), yesNo(cost.isIncluded()), yesNo(cost.isTraining()));
			}
			PopulationFigures p = year.getPopulation();
			if (p != null) {
				population.row(y, p.getAreaPopulation(), p.getCensusPopulation(), p.getCensusYear(), p.getGrowthRate(),
						p.getAreaKm2(), p.getTargetPopulation(), p.getHouseholdSize(), p.getAreaIncome(), p.getTargetIncome());
			}
			for (PopulationGroup group : year.getPopulationGroups()) {
				groups.row(y, group.getCategory(), group.getCount());
			}
			for (PopulationGroup group : year.getBeneficiaryGroups()) {
				beneficiaryGroups.row(y, group.getCategory(), group.getCount());
			}
			for (MonthlyBeneficiaries m : year.getMonthlyBeneficiaries()) {
				monthly.row(y, m.getMonth(), m.getX1(), m.getX2(), m.getX(), m.getY1(), m.getY2(), m.getY(), m.getZ1(),
						m.getZ2(), m.getZ3(), m.getDependents());
			}
			MembershipAverages a = year.getMembershipAverages();
			if (a != null) {
				averages.row(y, a.getMembers(), a.getBeneficiaries(), a.getDependents(), a.getMembersOldAreas(),
						a.getMembersNewAreas());
			}
			for (MembershipMixEntry entry : year.getMembershipMix()) {
				mix.row(y, entry.getMembershipType(), entry.getMembershipUnit(), entry.getBeneficiaries());
			}
			for (EntitlementTool tool : year.getEntitlementTools()) {
				tools.row(y, tool.getTool(), tool.getScore());
			}
			for (ProviderActivity reported : year.getProviderActivity()) {
				activity.row(y, reported.getProvider(), reported.getCategory(), reported.getServicesDispensed(),
						reported.getNonBeneficiaryServices(), reported.getNonBeneficiaryPopulation(),
						reported.getAverageCopayment(), reported.getNonBeneficiaryAverageCost(),
						reported.getCopaymentsReceived(), reported.getTotalIncome());
			}
			for (ClaimsListingEntry entry : year.getClaimsListing()) {
				claims.row(y, entry.getMonth(), entry.getProvider(), entry.getCategory(), entry.getCount(), entry.getCost());
			}
		}
		files.put("accounts.csv", accounts);
		files.put("hidden_costs.csv", hidden);
		files.put("population.csv", population);
		files.put("population_breakdown.csv", groups);
		files.put("beneficiary_breakdown.csv", beneficiaryGroups);
		files.put("monthly_beneficiaries.csv", monthly);
		files.put("membership_averages.csv", averages);
		files.put("claims_listing.csv", claims);
		files.put("provider_activity.csv", activity);
		files.put("membership_mix.csv", mix);
		files.put("entitlement_tools.csv", tools);
		putRegisters(evaluation.getRegisters(), files);
		putAssessments(evaluation, files);
		putSurveys(evaluation, files);
		return files;
	}

	private static void putRegisters(Registers registers, Map<String, CsvWriter> files) {
		RegisterTables tables = registers == null || registers.getTables() == null ? RegisterTables.EMPTY
				: registers.getTables();
		CsvWriter contracts = writerFor(Register.CONTRACTS);
		for (int row = 0; row < tables.contracts().size(); row++) {
			ContractRow c = ContractRow.of(tables, row);
			contracts.row(c.memberId(), c.startDate(), c.endDate(), c.premiumDue(), c.dueDate(), c.membershipType(),
					c.membershipUnit(), c.area(), c.promoter(), c.plan());
		}
		CsvWriter beneficiaries = writerFor(Register.BENEFICIARIES);
		for (int row = 0; row < tables.beneficiaries().size(); row++) {
			BeneficiaryRow b = BeneficiaryRow.of(tables, row);
			beneficiaries.row(b.beneficiaryId(), b.memberId(), b.role(), b.sex(), b.birthDate(), b.startDate(),
					b.endDate());
		}
		CsvWriter payments = writerFor(Register.PAYMENTS);
		for (int row = 0; row < tables.payments().size(); row++) {
			PaymentRow p = PaymentRow.of(tables, row);
			payments.row(p.memberId(), p.contractStart(), p.paymentDate(), p.amount());
		}
		CsvWriter claims = writerFor(Register.CLAIMS);
		for (int row = 0; row < tables.claims().size(); row++) {
			ClaimRow c = ClaimRow.of(tables, row);
			claims.row(c.claimId(), c.beneficiaryId(), c.provider(), c.category(), c.serviceDate(), c.status(),
					c.amountCovered(), c.copayment(), c.decisionDate(), c.paidDate(), c.admissionDate(),
					c.dischargeDate());
		}
		files.put(RegisterFiles.CONTRACTS, contracts);
		files.put(RegisterFiles.BENEFICIARIES, beneficiaries);
		files.put(RegisterFiles.PAYMENTS, payments);
		files.put(RegisterFiles.CLAIMS, claims);
	}

	/** @return a writer whose header is the register's declared columns, in order */
	private static CsvWriter writerFor(Register register) {
		return new CsvWriter(RegisterColumn.of(register).stream().map(RegisterColumn::column).toArray(String[]::new));
	}

	private static void putAssessments(Evaluation evaluation, Map<String, CsvWriter> files) {
		CsvWriter tools = new CsvWriter("year", "tool", "used", "assessment");
		CsvWriter budget = new CsvWriter("year", "sheet", "line", "quarter", "budgeted", "actual");
		for (AccountingYear year : evaluation.getYears()) {
			for (ManagementTool t : year.getManagementTools()) {
				tools.row(year.getYear(), t.getTool(), yesNo(t.isUsed()), t.getAssessment());
			}
			for (BudgetLine b : year.getBudgetLines()) {
				budget.row(year.getYear(), b.getSheet(), b.getLine(), b.getQuarter(), b.getBudgeted(), b.getActual());
			}
		}
		CsvWriter roles = new CsvWriter("copy", "function", "structure", "actors", "uncertain", "remark");
		evaluation.getRoleAssignments().forEach(r -> roles.row(r.getCopy(), r.getFunction(), r.getStructure(),
				r.getActors(), yesNo(r.isUncertain()), r.getRemark()));
		CsvWriter abbreviations = new CsvWriter("abbreviation", "meaning");
		evaluation.getRoleAbbreviations().forEach(a -> abbreviations.row(a.getAbbreviation(), a.getMeaning()));
		CsvWriter contracts = new CsvWriter("contract_group", "item", "covered", "remark");
		evaluation.getContractAnalyses()
				.forEach(c -> contracts.row(c.getContractGroup(), c.getItem(), yesNo(c.isCovered()), c.getRemark()));
		CsvWriter stages = new CsvWriter("stage", "met", "evidence");
		evaluation.getLegalRecognition().forEach(s -> stages.row(s.getStage(), yesNo(s.isMet()), s.getEvidence()));
		CsvWriter obligations = new CsvWriter("obligation", "theoretical_interval", "actual_frequency", "compliant",
				"remark");
		evaluation.getObligations().forEach(o -> obligations.row(o.getObligation(), o.getTheoreticalInterval(),
				o.getActualFrequency(), yesNo(o.isCompliant()), o.getRemark()));
		files.put("management_tools.csv", tools);
		files.put("budget.csv", budget);
		files.put("role_tables.csv", roles);
		files.put("role_abbreviations.csv", abbreviations);
		files.put("contract_analysis.csv", contracts);
		files.put("legal_recognition.csv", stages);
		files.put("obligations.csv", obligations);
	}

	private static void putSurveys(Evaluation evaluation, Map<String, CsvWriter> files) {
		CsvWriter investments = new CsvWriter("asset_class", "book_value", "market_value", "expected_yield");
		for (Investment i : evaluation.getInvestments()) {
			investments.row(i.getAssetClass(), i.getBookValue(), i.getMarketValue(), i.getExpectedYield());
		}
		CsvWriter samples = new CsvWriter("year", "survey", "group", "case_id", "start_date", "end_date", "cost");
		CsvWriter renewals = new CsvWriter("year", "members", "new_members", "lapses");
		CsvWriter checklists = new CsvWriter("year", "checklist", "item", "met", "remark");
		CsvWriter exclusions = new CsvWriter("year", "group", "patients", "excluded_for_money");
		CsvWriter portfolio = new CsvWriter("year", "service", "covered", "waiting_period", "deductible", "copayment_pct",
				"maximum_benefit", "prior_agreement", "compulsory_referral", "payment_mechanism", "rationalization",
				"provider_selection");
		for (AccountingYear year : evaluation.getYears()) {
			for (SurveyCase c : year.getSurveyCases()) {
				samples.row(year.getYear(), c.getSurvey(), c.getGroup(), c.getCaseId(), c.getStartDate(), c.getEndDate(),
						c.getCost());
			}
			for (RiskPortfolioEntry e : year.getRiskPortfolio()) {
				portfolio.row(year.getYear(), e.getService(), yesNo(e.isCovered()), e.getWaitingPeriod(), e.getDeductible(),
						e.getCopaymentPercent(), e.getMaximumBenefit(), yesNo(e.isPriorAgreement()),
						yesNo(e.isCompulsoryReferral()), e.getPaymentMechanism(), yesNo(e.isRationalization()),
						yesNo(e.isProviderSelection()));
			}
			for (ChecklistAnswer a : year.getChecklistAnswers()) {
				checklists.row(year.getYear(), a.getChecklist(), a.getItem(), yesNo(a.isMet()), a.getRemark());
			}
			for (ExclusionSurvey e : year.getExclusionSurveys()) {
				exclusions.row(year.getYear(), e.getGroup(), e.getPatients(), e.getExcludedForMoney());
			}
			RenewalSummary r = year.getRenewalSummary();
			if (r != null) {
				renewals.row(year.getYear(), r.getMembers(), r.getNewMembers(), r.getLapses());
			}
		}
		files.put("investments.csv", investments);
		files.put("survey_samples.csv", samples);
		files.put("renewal_summary.csv", renewals);
		files.put("risk_portfolio.csv", portfolio);
		files.put("checklists.csv", checklists);
		files.put("exclusion_survey.csv", exclusions);
	}

	private static void putSchemeLists(Scheme scheme, Map<String, CsvWriter> files) {
		CsvWriter categories = new CsvWriter("category", "label");
		CsvWriter providers = new CsvWriter("provider", "kind", "categories", "contracted", "remark");
		CsvWriter plans = new CsvWriter("plan", "label", "premium", "categories", "remark");
		if (scheme != null) {
			for (ServiceCategory category : scheme.getServiceCategories()) {
				categories.row(category.getCode(), category.getLabel());
			}
			for (Provider provider : scheme.getProviders()) {
				providers.row(provider.getName(), provider.getKind(), String.join(";", provider.getOfferedCategories()),
						yesNo(provider.isContracted()), provider.getRemark());
			}
			for (BenefitPlan plan : scheme.getBenefitPlans()) {
				plans.row(plan.getCode(), plan.getLabel(), plan.getPremium(), String.join(";", plan.getCoveredCategories()),
						plan.getRemark());
			}
		}
		files.put("service_categories.csv", categories);
		files.put("providers.csv", providers);
		files.put("benefit_plans.csv", plans);
	}

	private static CsvWriter scheme(Scheme scheme) {
		CsvWriter writer = new CsvWriter("key", "value");
		if (scheme == null) {
			return writer;
		}
		writer.row("name", scheme.getName());
		writer.row("country", scheme.getCountry());
		writer.row("currency", scheme.getCurrency());
		writer.row("first_year_of_operation", scheme.getFirstYearOfOperation());
		writer.row("accounting_year_start_month", scheme.getAccountingYearStartMonth());
		writer.row("enrolment", scheme.getEnrolment().getLiteral());
		writer.row("premium_payment", scheme.getPremiumPayment().getLiteral());
		writer.row("payment_system", scheme.getPaymentSystem().getLiteral());
		writer.row("renewal_window_days", scheme.getRenewalWindowDays());
		return writer;
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

	/** Swaps the complete staging folder in for the target; the old target goes only once the new one is there. */
	private static void replace(Path staging, Path target) throws IOException {
		Path previous = null;
		if (Files.exists(target)) {
			previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old.");
			Files.delete(previous);
			Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		if (previous != null) {
			deleteTree(previous);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
	}
}

/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.format;

import static org.hmis.eval.interchange.format.Column.of;
import static org.hmis.eval.interchange.format.ColumnType.AMOUNT;
import static org.hmis.eval.interchange.format.ColumnType.COUNT;
import static org.hmis.eval.interchange.format.ColumnType.DATE;
import static org.hmis.eval.interchange.format.ColumnType.DECIMAL;
import static org.hmis.eval.interchange.format.ColumnType.NAMES;
import static org.hmis.eval.interchange.format.ColumnType.TEXT;
import static org.hmis.eval.interchange.format.ColumnType.WHOLE_NUMBER;
import static org.hmis.eval.interchange.format.ColumnType.YES_NO;
import static org.hmis.eval.interchange.format.InterchangeFile.Origin.EXTENSION;
import static org.hmis.eval.interchange.format.InterchangeFile.Origin.SPECIFICATION;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EEnum;
import org.hmis.eval.interchange.internal.RegisterColumn;
import org.hmis.eval.model.ModelPackage.Literals;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.reference.ReferenceLists;
import org.hmis.eval.model.registers.ContractTable;
import org.hmis.eval.model.registers.Register;

/**
 * Every file of an interchange folder, declared once (interchange specification, section 1, and
 * the product's extensions). The importer, the exporter, the workbook and its template, and the
 * format reference ({@code docs/interchange.md}, {@link FormatReference}) all read these
 * declarations; no other place spells a file's columns. The files are listed in the order they are
 * read: the scheme's lists come before the rows that must use their names.
 * <p>
 * The columns that an import rule looks at beyond its type (a catalogue, another column) are kept
 * as constants so that the rule names them without spelling them again.
 */
public final class InterchangeFormat {

	/** The years an interchange file may speak of; dates outside are refused as impossible. */
	public static final int FIRST_YEAR = 1900;
	public static final int LAST_YEAR = 2100;

	// The scheme and its lists

	public static final InterchangeFile SCHEME = InterchangeFile.settings("scheme.csv", SPECIFICATION,
			of("name", TEXT).fills(Literals.SCHEME__NAME),
			of("country", TEXT).fills(Literals.SCHEME__COUNTRY),
			of("currency", TEXT).fills(Literals.SCHEME__CURRENCY),
			of("first_year_of_operation", WHOLE_NUMBER).between(FIRST_YEAR, LAST_YEAR).unit(Unit.YEAR)
					.fills(Literals.SCHEME__FIRST_YEAR_OF_OPERATION),
			of("accounting_year_start_month", WHOLE_NUMBER).between(1, 12).byDefault(1).unit(Unit.MONTH)
					.fills(Literals.SCHEME__ACCOUNTING_YEAR_START_MONTH),
			Column.choice("enrolment", Literals.ENROLMENT_MODE).fills(Literals.SCHEME__ENROLMENT),
			Column.choice("premium_payment", Literals.PREMIUM_PAYMENT).fills(Literals.SCHEME__PREMIUM_PAYMENT),
			Column.choice("payment_system", Literals.PAYMENT_SYSTEM).fills(Literals.SCHEME__PAYMENT_SYSTEM),
			of("renewal_window_days", WHOLE_NUMBER).between(0, 366).byDefault(30).unit(Unit.DAYS)
					.fills(Literals.SCHEME__RENEWAL_WINDOW_DAYS));

	public static final InterchangeFile SERVICE_CATEGORIES = InterchangeFile.rows("service_categories.csv", EXTENSION,
			Literals.SCHEME__SERVICE_CATEGORIES,
			of("category", TEXT).key().fills(Literals.SERVICE_CATEGORY__CODE),
			of("label", TEXT).fills(Literals.SERVICE_CATEGORY__LABEL));

	public static final Column PROVIDER_CATEGORIES = of("categories", NAMES)
			.fills(Literals.PROVIDER__OFFERED_CATEGORIES);
	public static final InterchangeFile PROVIDERS = InterchangeFile.rows("providers.csv", EXTENSION,
			Literals.SCHEME__PROVIDERS,
			of("provider", TEXT).key().fills(Literals.PROVIDER__NAME),
			of("kind", TEXT).fills(Literals.PROVIDER__KIND),
			PROVIDER_CATEGORIES,
			of("contracted", YES_NO).byDefault(true).fills(Literals.PROVIDER__CONTRACTED),
			of("remark", TEXT).fills(Literals.PROVIDER__REMARK));

	public static final Column PLAN_CATEGORIES = of("categories", NAMES)
			.fills(Literals.BENEFIT_PLAN__COVERED_CATEGORIES);
	public static final InterchangeFile BENEFIT_PLANS = InterchangeFile.rows("benefit_plans.csv", EXTENSION,
			Literals.SCHEME__BENEFIT_PLANS,
			of("plan", TEXT).key().fills(Literals.BENEFIT_PLAN__CODE),
			of("label", TEXT).fills(Literals.BENEFIT_PLAN__LABEL),
			of("premium", AMOUNT).unit(Unit.CURRENCY).fills(Literals.BENEFIT_PLAN__PREMIUM),
			PLAN_CATEGORIES,
			of("remark", TEXT).fills(Literals.BENEFIT_PLAN__REMARK));

	// Accounts and the monitoring sheets, by accounting year

	public static final Column ACCOUNT_LINE = of("line", TEXT).key().fills(Literals.ACCOUNT_LINE__CODE);
	public static final InterchangeFile ACCOUNTS = InterchangeFile.rows("accounts.csv", SPECIFICATION,
			Literals.ACCOUNTING_YEAR__ACCOUNT_LINES,
			year().key(), ACCOUNT_LINE,
			of("amount", DECIMAL).required().unit(Unit.CURRENCY).fills(Literals.ACCOUNT_LINE__AMOUNT));

	public static final InterchangeFile HIDDEN_COSTS = InterchangeFile.rows("hidden_costs.csv", SPECIFICATION,
			Literals.ACCOUNTING_YEAR__HIDDEN_COSTS,
			year().required(),
			of("activity", TEXT).required().fills(Literals.HIDDEN_COST__ACTIVITY),
			of("estimated_cost", AMOUNT).required().unit(Unit.CURRENCY).fills(Literals.HIDDEN_COST__ESTIMATED_COST),
			of("included", YES_NO).byDefault(true).fills(Literals.HIDDEN_COST__INCLUDED),
			of("training", YES_NO).byDefault(false).fills(Literals.HIDDEN_COST__TRAINING));

	public static final InterchangeFile POPULATION = InterchangeFile.rows("population.csv", SPECIFICATION,
			Literals.ACCOUNTING_YEAR__POPULATION,
			year().key(),
			of("area_population", COUNT).unit(Unit.COUNT).fills(Literals.POPULATION_FIGURES__AREA_POPULATION),
			of("census_population", COUNT).unit(Unit.COUNT).fills(Literals.POPULATION_FIGURES__CENSUS_POPULATION),
			of("census_year", WHOLE_NUMBER).between(FIRST_YEAR, LAST_YEAR).unit(Unit.YEAR)
					.fills(Literals.POPULATION_FIGURES__CENSUS_YEAR),
			of("growth_rate", DECIMAL).unit(Unit.FRACTION).fills(Literals.POPULATION_FIGURES__GROWTH_RATE),
			of("area_km2", AMOUNT).unit(Unit.SQUARE_KM).fills(Literals.POPULATION_FIGURES__AREA_KM2),
			of("target_population", COUNT).unit(Unit.COUNT).fills(Literals.POPULATION_FIGURES__TARGET_POPULATION),
			of("household_size", AMOUNT).unit(Unit.PERSONS).fills(Literals.POPULATION_FIGURES__HOUSEHOLD_SIZE),
			of("area_income", AMOUNT).unit(Unit.CURRENCY).fills(Literals.POPULATION_FIGURES__AREA_INCOME),
			of("target_income", AMOUNT).unit(Unit.CURRENCY).fills(Literals.POPULATION_FIGURES__TARGET_INCOME));

	public static final InterchangeFile POPULATION_BREAKDOWN = InterchangeFile.rows("population_breakdown.csv",
			SPECIFICATION, Literals.ACCOUNTING_YEAR__POPULATION_GROUPS, groupColumns());

	public static final InterchangeFile BENEFICIARY_BREAKDOWN = InterchangeFile.rows("beneficiary_breakdown.csv",
			EXTENSION, Literals.ACCOUNTING_YEAR__BENEFICIARY_GROUPS, groupColumns());

	public static final InterchangeFile MONTHLY_BENEFICIARIES = InterchangeFile.rows("monthly_beneficiaries.csv",
			SPECIFICATION, Literals.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES,
			year().key(), month().key().fills(Literals.MONTHLY_BENEFICIARIES__MONTH),
			count("X1").fills(Literals.MONTHLY_BENEFICIARIES__X1),
			count("X2").fills(Literals.MONTHLY_BENEFICIARIES__X2),
			count("X").fills(Literals.MONTHLY_BENEFICIARIES__X),
			count("Y1").fills(Literals.MONTHLY_BENEFICIARIES__Y1),
			count("Y2").fills(Literals.MONTHLY_BENEFICIARIES__Y2),
			count("Y").fills(Literals.MONTHLY_BENEFICIARIES__Y),
			count("Z1").fills(Literals.MONTHLY_BENEFICIARIES__Z1),
			count("Z2").fills(Literals.MONTHLY_BENEFICIARIES__Z2),
			count("Z3").fills(Literals.MONTHLY_BENEFICIARIES__Z3),
			count("dependents").fills(Literals.MONTHLY_BENEFICIARIES__DEPENDENTS));

	public static final InterchangeFile MEMBERSHIP_AVERAGES = InterchangeFile.rows("membership_averages.csv",
			EXTENSION, Literals.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES,
			year().key(),
			average("members").fills(Literals.MEMBERSHIP_AVERAGES__MEMBERS),
			average("beneficiaries").fills(Literals.MEMBERSHIP_AVERAGES__BENEFICIARIES),
			average("dependents").fills(Literals.MEMBERSHIP_AVERAGES__DEPENDENTS),
			average("members_old_areas").fills(Literals.MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS),
			average("members_new_areas").fills(Literals.MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS));

	public static final Column LISTING_PROVIDER = of("provider", TEXT).key().fills(Literals.CLAIMS_LISTING_ENTRY__PROVIDER);
	public static final Column LISTING_CATEGORY = of("category", TEXT).key().fills(Literals.CLAIMS_LISTING_ENTRY__CATEGORY);
	public static final InterchangeFile CLAIMS_LISTING = InterchangeFile.rows("claims_listing.csv", SPECIFICATION,
			Literals.ACCOUNTING_YEAR__CLAIMS_LISTING,
			year().key(), month().key().fills(Literals.CLAIMS_LISTING_ENTRY__MONTH), LISTING_PROVIDER, LISTING_CATEGORY,
			of("count", COUNT).required().unit(Unit.COUNT).fills(Literals.CLAIMS_LISTING_ENTRY__COUNT),
			of("cost", AMOUNT).required().unit(Unit.CURRENCY).fills(Literals.CLAIMS_LISTING_ENTRY__COST));

	public static final Column ACTIVITY_PROVIDER = of("provider", TEXT).key().fills(Literals.PROVIDER_ACTIVITY__PROVIDER);
	public static final Column ACTIVITY_CATEGORY = of("category", TEXT).key().fills(Literals.PROVIDER_ACTIVITY__CATEGORY);
	public static final InterchangeFile PROVIDER_ACTIVITY = InterchangeFile.rows("provider_activity.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__PROVIDER_ACTIVITY,
			year().key(), ACTIVITY_PROVIDER, ACTIVITY_CATEGORY,
			count("services_dispensed").fills(Literals.PROVIDER_ACTIVITY__SERVICES_DISPENSED),
			count("non_beneficiary_services").fills(Literals.PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES),
			count("non_beneficiary_population").fills(Literals.PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION),
			money("average_copayment").fills(Literals.PROVIDER_ACTIVITY__AVERAGE_COPAYMENT),
			money("non_beneficiary_average_cost").fills(Literals.PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST),
			money("copayments_received").fills(Literals.PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED),
			money("total_income").fills(Literals.PROVIDER_ACTIVITY__TOTAL_INCOME));

	public static final InterchangeFile MEMBERSHIP_MIX = InterchangeFile.rows("membership_mix.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__MEMBERSHIP_MIX,
			year().key(),
			Column.choice("membership_type", Literals.MEMBERSHIP_TYPE).key()
					.fills(Literals.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE),
			Column.choice("membership_unit", Literals.MEMBERSHIP_UNIT).key()
					.fills(Literals.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT),
			of("beneficiaries", COUNT).required().unit(Unit.COUNT).fills(Literals.MEMBERSHIP_MIX_ENTRY__BENEFICIARIES));

	public static final InterchangeFile ENTITLEMENT_TOOLS = InterchangeFile.rows("entitlement_tools.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS,
			year().key(),
			of("tool", TEXT).key().fills(Literals.ENTITLEMENT_TOOL__TOOL),
			of("score", WHOLE_NUMBER).required().between(0, 4).unit(Unit.SCORE).fills(Literals.ENTITLEMENT_TOOL__SCORE));

	// The registers (read and written as streams, column by column)

	public static final InterchangeFile CONTRACTS = register(Register.CONTRACTS);
	public static final InterchangeFile BENEFICIARIES = register(Register.BENEFICIARIES);
	public static final InterchangeFile PAYMENTS = register(Register.PAYMENTS);
	public static final InterchangeFile CLAIMS = register(Register.CLAIMS);

	// Table 14 and the surveys

	public static final InterchangeFile INVESTMENTS = InterchangeFile.rows("investments.csv", SPECIFICATION,
			Literals.EVALUATION__INVESTMENTS,
			of("asset_class", TEXT).key().fills(Literals.INVESTMENT__ASSET_CLASS),
			of("book_value", AMOUNT).required().unit(Unit.CURRENCY).fills(Literals.INVESTMENT__BOOK_VALUE),
			money("market_value").fills(Literals.INVESTMENT__MARKET_VALUE),
			of("expected_yield", DECIMAL).unit(Unit.FRACTION).fills(Literals.INVESTMENT__EXPECTED_YIELD));

	public static final Column SURVEY = Column.choice("survey", Literals.SURVEY_KIND).key()
			.fills(Literals.SURVEY_CASE__SURVEY);
	public static final Column SURVEY_END = of("end_date", DATE).fills(Literals.SURVEY_CASE__END_DATE);
	public static final Column SURVEY_COST = money("cost").fills(Literals.SURVEY_CASE__COST);
	public static final InterchangeFile SURVEY_SAMPLES = InterchangeFile.rows("survey_samples.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__SURVEY_CASES,
			year().key(), SURVEY,
			Column.choice("group", Literals.SURVEY_GROUP).required().fills(Literals.SURVEY_CASE__GROUP),
			of("case_id", TEXT).key().fills(Literals.SURVEY_CASE__CASE_ID),
			of("start_date", DATE).fills(Literals.SURVEY_CASE__START_DATE),
			SURVEY_END, SURVEY_COST);

	public static final Column RENEWAL_MEMBERS = count("members").required().fills(Literals.RENEWAL_SUMMARY__MEMBERS);
	public static final Column NEW_MEMBERS = count("new_members").fills(Literals.RENEWAL_SUMMARY__NEW_MEMBERS);
	public static final InterchangeFile RENEWAL_SUMMARY = InterchangeFile.rows("renewal_summary.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__RENEWAL_SUMMARY,
			year().key(),
			RENEWAL_MEMBERS, NEW_MEMBERS,
			count("lapses").fills(Literals.RENEWAL_SUMMARY__LAPSES));

	public static final Column PATIENTS = count("patients").required().fills(Literals.EXCLUSION_SURVEY__PATIENTS);
	public static final Column EXCLUDED_FOR_MONEY = count("excluded_for_money").required()
			.fills(Literals.EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY);
	public static final InterchangeFile EXCLUSION_SURVEY = InterchangeFile.rows("exclusion_survey.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__EXCLUSION_SURVEYS,
			year().key(),
			Column.choice("group", Literals.SURVEY_GROUP).key().fills(Literals.EXCLUSION_SURVEY__GROUP),
			PATIENTS, EXCLUDED_FOR_MONEY);

	// The qualitative tables

	public static final Column PORTFOLIO_SERVICE = of("service", TEXT).key().fills(Literals.RISK_PORTFOLIO_ENTRY__SERVICE);
	public static final Column COPAYMENT_PERCENT = of("copayment_pct", AMOUNT).unit(Unit.PERCENT)
			.fills(Literals.RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT);
	public static final InterchangeFile RISK_PORTFOLIO = InterchangeFile.rows("risk_portfolio.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__RISK_PORTFOLIO,
			year().key(), PORTFOLIO_SERVICE,
			of("covered", YES_NO).required().fills(Literals.RISK_PORTFOLIO_ENTRY__COVERED),
			of("waiting_period", TEXT).fills(Literals.RISK_PORTFOLIO_ENTRY__WAITING_PERIOD),
			money("deductible").fills(Literals.RISK_PORTFOLIO_ENTRY__DEDUCTIBLE),
			COPAYMENT_PERCENT,
			money("maximum_benefit").fills(Literals.RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT),
			flag("prior_agreement").fills(Literals.RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT),
			flag("compulsory_referral").fills(Literals.RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL),
			Column.choice("payment_mechanism", Literals.PAYMENT_MECHANISM)
					.fills(Literals.RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM),
			flag("rationalization").fills(Literals.RISK_PORTFOLIO_ENTRY__RATIONALIZATION),
			flag("provider_selection").fills(Literals.RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION));

	public static final Column CHECKLIST = of("checklist", TEXT).key().fills(Literals.CHECKLIST_ANSWER__CHECKLIST);
	public static final Column CHECKLIST_ITEM = of("item", WHOLE_NUMBER).key().between(1, 999)
			.fills(Literals.CHECKLIST_ANSWER__ITEM);
	public static final InterchangeFile CHECKLISTS = InterchangeFile.rows("checklists.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__CHECKLIST_ANSWERS,
			year().key(), CHECKLIST, CHECKLIST_ITEM,
			of("met", YES_NO).required().fills(Literals.CHECKLIST_ANSWER__MET),
			of("remark", TEXT).fills(Literals.CHECKLIST_ANSWER__REMARK));

	public static final InterchangeFile MANAGEMENT_TOOLS = InterchangeFile.rows("management_tools.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__MANAGEMENT_TOOLS,
			year().key(),
			of("tool", TEXT).key().fills(Literals.MANAGEMENT_TOOL__TOOL),
			of("used", YES_NO).required().fills(Literals.MANAGEMENT_TOOL__USED),
			of("assessment", TEXT).fills(Literals.MANAGEMENT_TOOL__ASSESSMENT));

	public static final InterchangeFile BUDGET = InterchangeFile.rows("budget.csv", EXTENSION,
			Literals.ACCOUNTING_YEAR__BUDGET_LINES,
			year().key(),
			Column.choice("sheet", Literals.BUDGET_SHEET).key().fills(Literals.BUDGET_LINE__SHEET),
			of("line", TEXT).key().fills(Literals.BUDGET_LINE__LINE),
			of("quarter", WHOLE_NUMBER).key().between(1, 4).fills(Literals.BUDGET_LINE__QUARTER),
			money("budgeted").fills(Literals.BUDGET_LINE__BUDGETED),
			money("actual").fills(Literals.BUDGET_LINE__ACTUAL));

	public static final Column ROLE_UNCERTAIN = flag("uncertain").fills(Literals.ROLE_ASSIGNMENT__UNCERTAIN);
	public static final Column ROLE_REMARK = of("remark", TEXT).fills(Literals.ROLE_ASSIGNMENT__REMARK);
	public static final InterchangeFile ROLE_TABLES = InterchangeFile.rows("role_tables.csv", EXTENSION,
			Literals.EVALUATION__ROLE_ASSIGNMENTS,
			Column.choice("copy", Literals.ROLE_TABLE_COPY).key().fills(Literals.ROLE_ASSIGNMENT__COPY),
			of("function", TEXT).key().fills(Literals.ROLE_ASSIGNMENT__FUNCTION),
			of("structure", TEXT).fills(Literals.ROLE_ASSIGNMENT__STRUCTURE),
			of("actors", TEXT).fills(Literals.ROLE_ASSIGNMENT__ACTORS),
			ROLE_UNCERTAIN, ROLE_REMARK);

	public static final InterchangeFile ROLE_ABBREVIATIONS = InterchangeFile.rows("role_abbreviations.csv", EXTENSION,
			Literals.EVALUATION__ROLE_ABBREVIATIONS,
			of("abbreviation", TEXT).key().fills(Literals.ROLE_ABBREVIATION__ABBREVIATION),
			of("meaning", TEXT).required().fills(Literals.ROLE_ABBREVIATION__MEANING));

	public static final InterchangeFile CONTRACT_ANALYSIS = InterchangeFile.rows("contract_analysis.csv", EXTENSION,
			Literals.EVALUATION__CONTRACT_ANALYSES,
			of("contract_group", TEXT).key().fills(Literals.CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP),
			Column.choice("item", () -> ReferenceLists.codes(ReferenceLists.CONTRACT_ITEMS)).key()
					.fills(Literals.CONTRACT_ANALYSIS_ITEM__ITEM),
			of("covered", YES_NO).required().fills(Literals.CONTRACT_ANALYSIS_ITEM__COVERED),
			of("remark", TEXT).fills(Literals.CONTRACT_ANALYSIS_ITEM__REMARK));

	public static final InterchangeFile LEGAL_RECOGNITION = InterchangeFile.rows("legal_recognition.csv", EXTENSION,
			Literals.EVALUATION__LEGAL_RECOGNITION,
			of("stage", WHOLE_NUMBER).key().between(1, 5).fills(Literals.LEGAL_RECOGNITION_STAGE__STAGE),
			of("met", YES_NO).required().fills(Literals.LEGAL_RECOGNITION_STAGE__MET),
			of("evidence", TEXT).fills(Literals.LEGAL_RECOGNITION_STAGE__EVIDENCE));

	public static final InterchangeFile OBLIGATIONS = InterchangeFile.rows("obligations.csv", EXTENSION,
			Literals.EVALUATION__OBLIGATIONS,
			of("obligation", TEXT).key().fills(Literals.STATUTORY_OBLIGATION__OBLIGATION),
			of("theoretical_interval", TEXT).fills(Literals.STATUTORY_OBLIGATION__THEORETICAL_INTERVAL),
			of("actual_frequency", TEXT).fills(Literals.STATUTORY_OBLIGATION__ACTUAL_FREQUENCY),
			flag("compliant").fills(Literals.STATUTORY_OBLIGATION__COMPLIANT),
			of("remark", TEXT).fills(Literals.STATUTORY_OBLIGATION__REMARK));

	private static final List<InterchangeFile> ALL = List.of(SCHEME, SERVICE_CATEGORIES, PROVIDERS, BENEFIT_PLANS,
			ACCOUNTS, HIDDEN_COSTS, POPULATION, POPULATION_BREAKDOWN, BENEFICIARY_BREAKDOWN, MONTHLY_BENEFICIARIES,
			MEMBERSHIP_AVERAGES, CLAIMS_LISTING, PROVIDER_ACTIVITY, MEMBERSHIP_MIX, ENTITLEMENT_TOOLS, CONTRACTS,
			BENEFICIARIES, PAYMENTS, CLAIMS, INVESTMENTS, SURVEY_SAMPLES, RENEWAL_SUMMARY, EXCLUSION_SURVEY,
			RISK_PORTFOLIO, CHECKLISTS, MANAGEMENT_TOOLS, BUDGET, ROLE_TABLES, ROLE_ABBREVIATIONS, CONTRACT_ANALYSIS,
			LEGAL_RECOGNITION, OBLIGATIONS);

	private InterchangeFormat() {
	}

	/** @return every file, in the order an import reads them */
	public static List<InterchangeFile> files() {
		return ALL;
	}

	/** @return the file of that name ({@code accounts.csv}) */
	public static Optional<InterchangeFile> file(String name) {
		return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
	}

	/** @return the file of a register */
	public static InterchangeFile forRegister(Register register) {
		return switch (register) {
		case CONTRACTS -> CONTRACTS;
		case BENEFICIARIES -> BENEFICIARIES;
		case PAYMENTS -> PAYMENTS;
		case CLAIMS -> CLAIMS;
		};
	}

	/** @return true for the column that places a row in its accounting year */
	public static boolean isYear(Column column) {
		return column.feature().isEmpty() && column.file().reference()
				.map(r -> r.getEContainingClass() == Literals.ACCOUNTING_YEAR).orElse(false);
	}

	// Column shapes used by several files

	private static Column year() {
		return of("year", WHOLE_NUMBER).between(FIRST_YEAR, LAST_YEAR).unit(Unit.YEAR);
	}

	private static Column month() {
		return of("month", WHOLE_NUMBER).between(1, 12).unit(Unit.MONTH);
	}

	private static Column count(String name) {
		return of(name, COUNT).unit(Unit.COUNT);
	}

	private static Column average(String name) {
		return of(name, AMOUNT).unit(Unit.COUNT);
	}

	private static Column money(String name) {
		return of(name, AMOUNT).unit(Unit.CURRENCY);
	}

	private static Column flag(String name) {
		return of(name, YES_NO).byDefault(false);
	}

	private static Column[] groupColumns() {
		return new Column[] { year().key(), of("category", TEXT).key().fills(Literals.POPULATION_GROUP__CATEGORY),
				of("count", COUNT).required().unit(Unit.COUNT).fills(Literals.POPULATION_GROUP__COUNT) };
	}

	/**
	 * A register's file from {@link RegisterColumn}, which the streaming reader works from: the
	 * register's columns are declared there once, with the kind of cell the reader parses.
	 */
	private static InterchangeFile register(Register register) {
		List<Column> columns = RegisterColumn.of(register).stream().map(InterchangeFormat::registerColumn).toList();
		return InterchangeFile.register(RegisterColumn.fileName(register), columns);
	}

	private static Column registerColumn(RegisterColumn declared) {
		Column column = switch (declared.kind()) {
		case TEXT -> of(declared.column(), TEXT);
		case DATE -> of(declared.column(), DATE);
		case AMOUNT -> of(declared.column(), AMOUNT).unit(Unit.CURRENCY);
		case LITERAL -> Column.choice(declared.column(), (EEnum) ModelPackage.eINSTANCE
				.getEClassifier(declared.literals().get(0).getClass().getSimpleName()));
		};
		if (declared.required()) {
			column.required();
		}
		if (declared == RegisterColumn.CONTRACT_TYPE) {
			column.byDefault(ContractTable.DEFAULT_TYPE);
		} else if (declared == RegisterColumn.CONTRACT_UNIT) {
			column.byDefault(ContractTable.DEFAULT_UNIT);
		}
		return column;
	}
}

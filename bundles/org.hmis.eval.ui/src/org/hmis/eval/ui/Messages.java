/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench views (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hmis.eval.ui.messages";

	public static String Help_indicatorReference;
	public static String Help_indicatorReferenceIntro;
	public static String Help_indicatorCount;
	public static String Help_formula;
	public static String Help_related;
	public static String EvaluationsView_columnScheme;
	public static String EvaluationsView_columnTitle;
	public static String EvaluationsView_columnSaved;
	public static String EvaluationsView_columnYears;
	public static String EvaluationsView_columnSavedBy;
	public static String EvaluationsView_loadJob;
	public static String EvaluationsView_storeDescription;
	public static String IndicatorsView_columnCode;
	public static String IndicatorsView_columnTitle;
	public static String IndicatorsView_columnValue;
	public static String IndicatorsView_columnFormula;
	public static String IndicatorsView_columnInputs;
	public static String IndicatorsView_computeJob;
	public static String IndicatorsView_noEvaluation;
	public static String IndicatorsView_description;
	public static String IndicatorsView_noYear;
	public static String IndicatorsView_notComputable;
	public static String IndicatorsView_hideNotComputable;
	public static String ExampleSeeder_importing;
	public static String ImportEvaluationJob_name;
	public static String ImportEvaluationJob_rejected;
	public static String ImportEvaluationJob_failed;
	public static String ImportEvaluationJob_replaceTitle;
	public static String ImportEvaluationJob_replaceQuestion;
	public static String ImportEvaluationJob_unknownUser;
	public static String ImportEvaluationHandler_title;
	public static String Properties_stored;
	public static String Properties_id;
	public static String Properties_savedAt;
	public static String Properties_savedBy;
	public static String Properties_scheme;
	public static String Properties_contents;
	public static String Properties_years;
	public static String Properties_providers;
	public static String Properties_categories;
	public static String Properties_contracts;
	public static String Properties_beneficiaries;
	public static String Properties_claims;
	public static String Properties_legalRecognition;
	public static String ExportWorkbookJob_name;
	public static String ExportWorkbookJob_failed;
	public static String WorkbookHandlers_importTitle;
	public static String WorkbookHandlers_exportTitle;
	public static String WorkbookHandlers_templateTitle;
	public static String ImportEvaluationHandler_message;
	public static String DeleteEvaluationHandler_title;
	public static String DeleteEvaluationHandler_question;
	public static String DeleteEvaluationHandler_job;
	public static String EvaluationEditor_year;
	public static String EvaluationEditor_accountsTab;
	public static String EvaluationEditor_tablesTab;
	public static String EvaluationEditor_columnProperty;
	public static String EvaluationEditor_columnValue;
	public static String EvaluationEditor_newChild;
	public static String EvaluationEditor_delete;
	public static String EvaluationEditor_yes;
	public static String EvaluationEditor_no;
	public static String EvaluationEditor_invalidValue;
	public static String EvaluationEditor_columnLine;
	public static String EvaluationEditor_columnItem;
	public static String EvaluationEditor_columnAmount;
	public static String EvaluationEditor_columnRule;
	public static String EvaluationEditor_entered;
	public static String EvaluationEditor_setLine;
	public static String EvaluationEditor_undo;
	public static String EvaluationEditor_redo;
	public static String EvaluationEditor_notANumber;
	public static String EvaluationEditor_saveFailed;
	public static String EvaluationEditor_registersTab;
	public static String RegistersPage_contracts;
	public static String RegistersPage_beneficiaries;
	public static String RegistersPage_payments;
	public static String RegistersPage_claims;
	public static String RegistersPage_contractsCount;
	public static String RegistersPage_beneficiariesCount;
	public static String RegistersPage_paymentsCount;
	public static String RegistersPage_claimsCount;
	public static String RegisterColumn_memberId;
	public static String RegisterColumn_startDate;
	public static String RegisterColumn_endDate;
	public static String RegisterColumn_premiumDue;
	public static String RegisterColumn_dueDate;
	public static String RegisterColumn_membershipType;
	public static String RegisterColumn_membershipUnit;
	public static String RegisterColumn_area;
	public static String RegisterColumn_promoter;
	public static String RegisterColumn_plan;
	public static String RegisterColumn_beneficiaryId;
	public static String RegisterColumn_role;
	public static String RegisterColumn_sex;
	public static String RegisterColumn_birthDate;
	public static String RegisterColumn_contractStart;
	public static String RegisterColumn_paymentDate;
	public static String RegisterColumn_amount;
	public static String RegisterColumn_claimId;
	public static String RegisterColumn_provider;
	public static String RegisterColumn_category;
	public static String RegisterColumn_serviceDate;
	public static String RegisterColumn_status;
	public static String RegisterColumn_amountCovered;
	public static String RegisterColumn_copayment;
	public static String RegisterColumn_decisionDate;
	public static String RegisterColumn_paidDate;
	public static String RegisterColumn_admissionDate;
	public static String RegisterColumn_dischargeDate;
	public static String RegisterColumn_tooltip;
	public static String ValidateEvaluationJob_name;
	public static String ValidateEvaluationJob_failed;
	public static String ExportDossierJob_name;
	public static String ExportDossierJob_failed;
	public static String ExportDossierHandler_title;
	public static String DossierPreferencePage_description;
	public static String DossierPreferencePage_language;
	public static String DossierPreferencePage_english;
	public static String DossierPreferencePage_french;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

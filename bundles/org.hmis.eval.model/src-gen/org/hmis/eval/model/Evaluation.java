/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root object of an evaluation document. It holds the profile of the scheme under
 * evaluation and the accounting years whose figures were entered.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Evaluation#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getYears <em>Years</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getInvestments <em>Investments</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getRoleAssignments <em>Role Assignments</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getRoleAbbreviations <em>Role Abbreviations</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getContractAnalyses <em>Contract Analyses</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getLegalRecognition <em>Legal Recognition</em>}</li>
 *   <li>{@link org.hmis.eval.model.Evaluation#getObligations <em>Obligations</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getEvaluation()
 * @model
 * @generated
 */
public interface Evaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheme this evaluation is about. Exactly one is required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheme</em>' containment reference.
	 * @see #setScheme(Scheme)
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_Scheme()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Scheme getScheme();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Evaluation#getScheme <em>Scheme</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' containment reference.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(Scheme value);

	/**
	 * Returns the value of the '<em><b>Years</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.AccountingYear}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The accounting years for which figures have been entered, usually one entry per
	 * calendar or financial year of the scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Years</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_Years()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountingYear> getYears();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text title shown to the user for this evaluation, e.g. in window titles and reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Evaluation#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheme's own registers (contracts, beneficiaries, premium payments, claims), from which the monitoring sheets can be derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference.
	 * @see #setRegisters(Registers)
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_Registers()
	 * @model containment="true"
	 * @generated
	 */
	Registers getRegisters();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Evaluation#getRegisters <em>Registers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registers</em>' containment reference.
	 * @see #getRegisters()
	 * @generated
	 */
	void setRegisters(Registers value);

	/**
	 * Returns the value of the '<em><b>Investments</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.Investment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 14: the scheme's investments by asset class at the end of the evaluated year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Investments</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_Investments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Investment> getInvestments();

	/**
	 * Returns the value of the '<em><b>Role Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.RoleAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tables 19a and 19b: who performs each function of the scheme, in theory (statutes) and in practice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role Assignments</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_RoleAssignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleAssignment> getRoleAssignments();

	/**
	 * Returns the value of the '<em><b>Role Abbreviations</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.RoleAbbreviation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abbreviations of the organizational structures and actors used in the role tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role Abbreviations</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_RoleAbbreviations()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleAbbreviation> getRoleAbbreviations();

	/**
	 * Returns the value of the '<em><b>Contract Analyses</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.ContractAnalysisItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 20: the items of each group of provider contracts, covered or not, with remarks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contract Analyses</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_ContractAnalyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContractAnalysisItem> getContractAnalyses();

	/**
	 * Returns the value of the '<em><b>Legal Recognition</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.LegalRecognitionStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 21: the five stages towards legal recognition, met or not, with the evidence seen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Recognition</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_LegalRecognition()
	 * @model containment="true"
	 * @generated
	 */
	EList<LegalRecognitionStage> getLegalRecognition();

	/**
	 * Returns the value of the '<em><b>Obligations</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.StatutoryObligation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 22: statutory and regulatory obligations, their theoretical interval and actual frequency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Obligations</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getEvaluation_Obligations()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatutoryObligation> getObligations();

} // Evaluation

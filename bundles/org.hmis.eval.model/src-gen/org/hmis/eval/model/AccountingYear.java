/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accounting Year</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The figures recorded for one accounting year of the scheme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getYear <em>Year</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getAccountLines <em>Account Lines</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getHiddenCosts <em>Hidden Costs</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getAccountingYear()
 * @model
 * @generated
 */
public interface AccountingYear extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar year in which this accounting year starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.AccountingYear#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Account Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.AccountLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amounts entered for this year, one per line of the guide's account tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Lines</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_AccountLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountLine> getAccountLines();

	/**
	 * Returns the value of the '<em><b>Hidden Costs</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.HiddenCost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Costs borne for the scheme that do not show up in its own accounts this year,
	 * such as work done by volunteers or services paid for by a partner organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Costs</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_HiddenCosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<HiddenCost> getHiddenCosts();

} // AccountingYear

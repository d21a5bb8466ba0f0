/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Renewal Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Membership movements of one year, as a scheme with a closed enrolment period reports them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.RenewalSummary#getMembers <em>Members</em>}</li>
 *   <li>{@link org.hmis.eval.model.RenewalSummary#getNewMembers <em>New Members</em>}</li>
 *   <li>{@link org.hmis.eval.model.RenewalSummary#getLapses <em>Lapses</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getRenewalSummary()
 * @model
 * @generated
 */
public interface RenewalSummary extends EObject {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members at the end of the enrolment period (or of the year).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' attribute.
	 * @see #setMembers(Long)
	 * @see org.hmis.eval.model.ModelPackage#getRenewalSummary_Members()
	 * @model
	 * @generated
	 */
	Long getMembers();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RenewalSummary#getMembers <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members</em>' attribute.
	 * @see #getMembers()
	 * @generated
	 */
	void setMembers(Long value);

	/**
	 * Returns the value of the '<em><b>New Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members who joined for the first time this year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Members</em>' attribute.
	 * @see #setNewMembers(Long)
	 * @see org.hmis.eval.model.ModelPackage#getRenewalSummary_NewMembers()
	 * @model
	 * @generated
	 */
	Long getNewMembers();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RenewalSummary#getNewMembers <em>New Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Members</em>' attribute.
	 * @see #getNewMembers()
	 * @generated
	 */
	void setNewMembers(Long value);

	/**
	 * Returns the value of the '<em><b>Lapses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members of the previous year who did not renew.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lapses</em>' attribute.
	 * @see #setLapses(Long)
	 * @see org.hmis.eval.model.ModelPackage#getRenewalSummary_Lapses()
	 * @model
	 * @generated
	 */
	Long getLapses();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RenewalSummary#getLapses <em>Lapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lapses</em>' attribute.
	 * @see #getLapses()
	 * @generated
	 */
	void setLapses(Long value);

} // RenewalSummary

/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statutory Obligation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of Table 22.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.StatutoryObligation#getObligation <em>Obligation</em>}</li>
 *   <li>{@link org.hmis.eval.model.StatutoryObligation#getTheoreticalInterval <em>Theoretical Interval</em>}</li>
 *   <li>{@link org.hmis.eval.model.StatutoryObligation#getActualFrequency <em>Actual Frequency</em>}</li>
 *   <li>{@link org.hmis.eval.model.StatutoryObligation#isCompliant <em>Compliant</em>}</li>
 *   <li>{@link org.hmis.eval.model.StatutoryObligation#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getStatutoryObligation()
 * @model
 * @generated
 */
public interface StatutoryObligation extends EObject {
	/**
	 * Returns the value of the '<em><b>Obligation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the obligation in the reference list, or the evaluator's own wording.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Obligation</em>' attribute.
	 * @see #setObligation(String)
	 * @see org.hmis.eval.model.ModelPackage#getStatutoryObligation_Obligation()
	 * @model
	 * @generated
	 */
	String getObligation();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.StatutoryObligation#getObligation <em>Obligation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Obligation</em>' attribute.
	 * @see #getObligation()
	 * @generated
	 */
	void setObligation(String value);

	/**
	 * Returns the value of the '<em><b>Theoretical Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interval the statutes or regulations set (e.g. once a year).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theoretical Interval</em>' attribute.
	 * @see #setTheoreticalInterval(String)
	 * @see org.hmis.eval.model.ModelPackage#getStatutoryObligation_TheoreticalInterval()
	 * @model
	 * @generated
	 */
	String getTheoreticalInterval();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.StatutoryObligation#getTheoreticalInterval <em>Theoretical Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theoretical Interval</em>' attribute.
	 * @see #getTheoreticalInterval()
	 * @generated
	 */
	void setTheoreticalInterval(String value);

	/**
	 * Returns the value of the '<em><b>Actual Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often it actually happens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Frequency</em>' attribute.
	 * @see #setActualFrequency(String)
	 * @see org.hmis.eval.model.ModelPackage#getStatutoryObligation_ActualFrequency()
	 * @model
	 * @generated
	 */
	String getActualFrequency();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.StatutoryObligation#getActualFrequency <em>Actual Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Frequency</em>' attribute.
	 * @see #getActualFrequency()
	 * @generated
	 */
	void setActualFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Compliant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the scheme complies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compliant</em>' attribute.
	 * @see #setCompliant(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getStatutoryObligation_Compliant()
	 * @model
	 * @generated
	 */
	boolean isCompliant();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.StatutoryObligation#isCompliant <em>Compliant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliant</em>' attribute.
	 * @see #isCompliant()
	 * @generated
	 */
	void setCompliant(boolean value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks on discrepancies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.hmis.eval.model.ModelPackage#getStatutoryObligation_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.StatutoryObligation#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // StatutoryObligation

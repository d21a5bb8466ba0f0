/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monthly Beneficiaries</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One month of Table 7. X counts members, Y beneficiaries (members and dependants entitled to benefits); 1 marks arrivals, 2 departures; Z1 to Z3 split Y by voluntary, automatic and compulsory membership (the guide's order). A figure left empty is unknown.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getMonth <em>Month</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getX1 <em>X1</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getX2 <em>X2</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getX <em>X</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getY1 <em>Y1</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getY2 <em>Y2</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getY <em>Y</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ1 <em>Z1</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ2 <em>Z2</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ3 <em>Z3</em>}</li>
 *   <li>{@link org.hmis.eval.model.MonthlyBeneficiaries#getDependents <em>Dependents</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries()
 * @model
 * @generated
 */
public interface MonthlyBeneficiaries extends EObject {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Month of the accounting year, 1 to 12.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(int)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Month()
	 * @model
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Returns the value of the '<em><b>X1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * New or re-enrolled members during the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X1</em>' attribute.
	 * @see #setX1(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_X1()
	 * @model
	 * @generated
	 */
	Long getX1();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getX1 <em>X1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X1</em>' attribute.
	 * @see #getX1()
	 * @generated
	 */
	void setX1(Long value);

	/**
	 * Returns the value of the '<em><b>X2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members who left during the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X2</em>' attribute.
	 * @see #setX2(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_X2()
	 * @model
	 * @generated
	 */
	Long getX2();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getX2 <em>X2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X2</em>' attribute.
	 * @see #getX2()
	 * @generated
	 */
	void setX2(Long value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members covered at the end of the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_X()
	 * @model
	 * @generated
	 */
	Long getX();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(Long value);

	/**
	 * Returns the value of the '<em><b>Y1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * New beneficiaries during the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y1</em>' attribute.
	 * @see #setY1(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Y1()
	 * @model
	 * @generated
	 */
	Long getY1();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getY1 <em>Y1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y1</em>' attribute.
	 * @see #getY1()
	 * @generated
	 */
	void setY1(Long value);

	/**
	 * Returns the value of the '<em><b>Y2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiaries who left during the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y2</em>' attribute.
	 * @see #setY2(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Y2()
	 * @model
	 * @generated
	 */
	Long getY2();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getY2 <em>Y2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y2</em>' attribute.
	 * @see #getY2()
	 * @generated
	 */
	void setY2(Long value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiaries entitled at the end of the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Y()
	 * @model
	 * @generated
	 */
	Long getY();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(Long value);

	/**
	 * Returns the value of the '<em><b>Z1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiaries under voluntary membership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Z1</em>' attribute.
	 * @see #setZ1(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Z1()
	 * @model
	 * @generated
	 */
	Long getZ1();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ1 <em>Z1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Z1</em>' attribute.
	 * @see #getZ1()
	 * @generated
	 */
	void setZ1(Long value);

	/**
	 * Returns the value of the '<em><b>Z2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiaries under automatic membership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Z2</em>' attribute.
	 * @see #setZ2(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Z2()
	 * @model
	 * @generated
	 */
	Long getZ2();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ2 <em>Z2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Z2</em>' attribute.
	 * @see #getZ2()
	 * @generated
	 */
	void setZ2(Long value);

	/**
	 * Returns the value of the '<em><b>Z3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiaries under compulsory membership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Z3</em>' attribute.
	 * @see #setZ3(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Z3()
	 * @model
	 * @generated
	 */
	Long getZ3();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ3 <em>Z3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Z3</em>' attribute.
	 * @see #getZ3()
	 * @generated
	 */
	void setZ3(Long value);

	/**
	 * Returns the value of the '<em><b>Dependents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entitled beneficiaries who are dependants of a member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dependents</em>' attribute.
	 * @see #setDependents(Long)
	 * @see org.hmis.eval.model.ModelPackage#getMonthlyBeneficiaries_Dependents()
	 * @model
	 * @generated
	 */
	Long getDependents();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MonthlyBeneficiaries#getDependents <em>Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dependents</em>' attribute.
	 * @see #getDependents()
	 * @generated
	 */
	void setDependents(Long value);

} // MonthlyBeneficiaries

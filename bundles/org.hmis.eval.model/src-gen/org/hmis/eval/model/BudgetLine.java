/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of Table 12 (budget) or Table 13 (cash flow) for one quarter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.BudgetLine#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.hmis.eval.model.BudgetLine#getLine <em>Line</em>}</li>
 *   <li>{@link org.hmis.eval.model.BudgetLine#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link org.hmis.eval.model.BudgetLine#getBudgeted <em>Budgeted</em>}</li>
 *   <li>{@link org.hmis.eval.model.BudgetLine#getActual <em>Actual</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getBudgetLine()
 * @model
 * @generated
 */
public interface BudgetLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Sheet</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.BudgetSheet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * budget (Table 12) or cash_flow (Table 13).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sheet</em>' attribute.
	 * @see org.hmis.eval.model.BudgetSheet
	 * @see #setSheet(BudgetSheet)
	 * @see org.hmis.eval.model.ModelPackage#getBudgetLine_Sheet()
	 * @model
	 * @generated
	 */
	BudgetSheet getSheet();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BudgetLine#getSheet <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sheet</em>' attribute.
	 * @see org.hmis.eval.model.BudgetSheet
	 * @see #getSheet()
	 * @generated
	 */
	void setSheet(BudgetSheet value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The budget or cash-flow line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(String)
	 * @see org.hmis.eval.model.ModelPackage#getBudgetLine_Line()
	 * @model
	 * @generated
	 */
	String getLine();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BudgetLine#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(String value);

	/**
	 * Returns the value of the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quarter of the accounting year, 1 to 4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quarter</em>' attribute.
	 * @see #setQuarter(int)
	 * @see org.hmis.eval.model.ModelPackage#getBudgetLine_Quarter()
	 * @model
	 * @generated
	 */
	int getQuarter();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BudgetLine#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarter</em>' attribute.
	 * @see #getQuarter()
	 * @generated
	 */
	void setQuarter(int value);

	/**
	 * Returns the value of the '<em><b>Budgeted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount budgeted (planned) for the quarter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budgeted</em>' attribute.
	 * @see #setBudgeted(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getBudgetLine_Budgeted()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgeted();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BudgetLine#getBudgeted <em>Budgeted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budgeted</em>' attribute.
	 * @see #getBudgeted()
	 * @generated
	 */
	void setBudgeted(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount recorded in the accounts for the quarter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getBudgetLine_Actual()
	 * @model
	 * @generated
	 */
	BigDecimal getActual();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BudgetLine#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(BigDecimal value);

} // BudgetLine

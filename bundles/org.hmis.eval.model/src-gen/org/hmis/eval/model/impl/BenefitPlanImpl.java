/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Benefit Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.BenefitPlanImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BenefitPlanImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BenefitPlanImpl#getPremium <em>Premium</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BenefitPlanImpl#getCoveredCategories <em>Covered Categories</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BenefitPlanImpl#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BenefitPlanImpl extends MinimalEObjectImpl.Container implements BenefitPlan {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPremium() <em>Premium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPremium()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PREMIUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPremium() <em>Premium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPremium()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal premium = PREMIUM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoveredCategories() <em>Covered Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoveredCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<String> coveredCategories;

	/**
	 * The default value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected String remark = REMARK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BenefitPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.BENEFIT_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFIT_PLAN__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFIT_PLAN__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPremium() {
		return premium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPremium(BigDecimal newPremium) {
		BigDecimal oldPremium = premium;
		premium = newPremium;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFIT_PLAN__PREMIUM, oldPremium, premium));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCoveredCategories() {
		if (coveredCategories == null) {
			coveredCategories = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.BENEFIT_PLAN__COVERED_CATEGORIES);
		}
		return coveredCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemark() {
		return remark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemark(String newRemark) {
		String oldRemark = remark;
		remark = newRemark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFIT_PLAN__REMARK, oldRemark, remark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.BENEFIT_PLAN__CODE:
				return getCode();
			case ModelPackage.BENEFIT_PLAN__LABEL:
				return getLabel();
			case ModelPackage.BENEFIT_PLAN__PREMIUM:
				return getPremium();
			case ModelPackage.BENEFIT_PLAN__COVERED_CATEGORIES:
				return getCoveredCategories();
			case ModelPackage.BENEFIT_PLAN__REMARK:
				return getRemark();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.BENEFIT_PLAN__CODE:
				setCode((String)newValue);
				return;
			case ModelPackage.BENEFIT_PLAN__LABEL:
				setLabel((String)newValue);
				return;
			case ModelPackage.BENEFIT_PLAN__PREMIUM:
				setPremium((BigDecimal)newValue);
				return;
			case ModelPackage.BENEFIT_PLAN__COVERED_CATEGORIES:
				getCoveredCategories().clear();
				getCoveredCategories().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.BENEFIT_PLAN__REMARK:
				setRemark((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.BENEFIT_PLAN__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ModelPackage.BENEFIT_PLAN__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ModelPackage.BENEFIT_PLAN__PREMIUM:
				setPremium(PREMIUM_EDEFAULT);
				return;
			case ModelPackage.BENEFIT_PLAN__COVERED_CATEGORIES:
				getCoveredCategories().clear();
				return;
			case ModelPackage.BENEFIT_PLAN__REMARK:
				setRemark(REMARK_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.BENEFIT_PLAN__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ModelPackage.BENEFIT_PLAN__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ModelPackage.BENEFIT_PLAN__PREMIUM:
				return PREMIUM_EDEFAULT == null ? premium != null : !PREMIUM_EDEFAULT.equals(premium);
			case ModelPackage.BENEFIT_PLAN__COVERED_CATEGORIES:
				return coveredCategories != null && !coveredCategories.isEmpty();
			case ModelPackage.BENEFIT_PLAN__REMARK:
				return REMARK_EDEFAULT == null ? remark != null : !REMARK_EDEFAULT.equals(remark);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: "); //$NON-NLS-1$
		result.append(code);
		result.append(", label: "); //$NON-NLS-1$
		result.append(label);
		result.append(", premium: "); //$NON-NLS-1$
		result.append(premium);
		result.append(", coveredCategories: "); //$NON-NLS-1$
		result.append(coveredCategories);
		result.append(", remark: "); //$NON-NLS-1$
		result.append(remark);
		result.append(')');
		return result.toString();
	}

} //BenefitPlanImpl

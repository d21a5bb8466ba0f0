/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ContractAnalysisItem;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contract Analysis Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.ContractAnalysisItemImpl#getContractGroup <em>Contract Group</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractAnalysisItemImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractAnalysisItemImpl#isCovered <em>Covered</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractAnalysisItemImpl#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContractAnalysisItemImpl extends MinimalEObjectImpl.Container implements ContractAnalysisItem {
	/**
	 * The default value of the '{@link #getContractGroup() <em>Contract Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRACT_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContractGroup() <em>Contract Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractGroup()
	 * @generated
	 * @ordered
	 */
	protected String contractGroup = CONTRACT_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected String item = ITEM_EDEFAULT;

	/**
	 * The default value of the '{@link #isCovered() <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCovered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COVERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCovered() <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCovered()
	 * @generated
	 * @ordered
	 */
	protected boolean covered = COVERED_EDEFAULT;

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
	protected ContractAnalysisItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CONTRACT_ANALYSIS_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContractGroup() {
		return contractGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContractGroup(String newContractGroup) {
		String oldContractGroup = contractGroup;
		contractGroup = newContractGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP, oldContractGroup, contractGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(String newItem) {
		String oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT_ANALYSIS_ITEM__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCovered() {
		return covered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCovered(boolean newCovered) {
		boolean oldCovered = covered;
		covered = newCovered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT_ANALYSIS_ITEM__COVERED, oldCovered, covered));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT_ANALYSIS_ITEM__REMARK, oldRemark, remark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP:
				return getContractGroup();
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__ITEM:
				return getItem();
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__COVERED:
				return isCovered();
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__REMARK:
				return getRemark();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP:
				setContractGroup((String)newValue);
				return;
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__ITEM:
				setItem((String)newValue);
				return;
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__COVERED:
				setCovered((Boolean)newValue);
				return;
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__REMARK:
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
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP:
				setContractGroup(CONTRACT_GROUP_EDEFAULT);
				return;
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__ITEM:
				setItem(ITEM_EDEFAULT);
				return;
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__COVERED:
				setCovered(COVERED_EDEFAULT);
				return;
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__REMARK:
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
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP:
				return CONTRACT_GROUP_EDEFAULT == null ? contractGroup != null : !CONTRACT_GROUP_EDEFAULT.equals(contractGroup);
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__ITEM:
				return ITEM_EDEFAULT == null ? item != null : !ITEM_EDEFAULT.equals(item);
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__COVERED:
				return covered != COVERED_EDEFAULT;
			case ModelPackage.CONTRACT_ANALYSIS_ITEM__REMARK:
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
		result.append(" (contractGroup: "); //$NON-NLS-1$
		result.append(contractGroup);
		result.append(", item: "); //$NON-NLS-1$
		result.append(item);
		result.append(", covered: "); //$NON-NLS-1$
		result.append(covered);
		result.append(", remark: "); //$NON-NLS-1$
		result.append(remark);
		result.append(')');
		return result.toString();
	}

} //ContractAnalysisItemImpl

/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.ChecklistAnswerImpl#getChecklist <em>Checklist</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ChecklistAnswerImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ChecklistAnswerImpl#isMet <em>Met</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ChecklistAnswerImpl#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistAnswerImpl extends MinimalEObjectImpl.Container implements ChecklistAnswer {
	/**
	 * The default value of the '{@link #getChecklist() <em>Checklist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklist()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECKLIST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChecklist() <em>Checklist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklist()
	 * @generated
	 * @ordered
	 */
	protected String checklist = CHECKLIST_EDEFAULT;

	/**
	 * The default value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected static final int ITEM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected int item = ITEM_EDEFAULT;

	/**
	 * The default value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected boolean met = MET_EDEFAULT;

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
	protected ChecklistAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CHECKLIST_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChecklist() {
		return checklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecklist(String newChecklist) {
		String oldChecklist = checklist;
		checklist = newChecklist;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CHECKLIST_ANSWER__CHECKLIST, oldChecklist, checklist));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(int newItem) {
		int oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CHECKLIST_ANSWER__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMet() {
		return met;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMet(boolean newMet) {
		boolean oldMet = met;
		met = newMet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CHECKLIST_ANSWER__MET, oldMet, met));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CHECKLIST_ANSWER__REMARK, oldRemark, remark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CHECKLIST_ANSWER__CHECKLIST:
				return getChecklist();
			case ModelPackage.CHECKLIST_ANSWER__ITEM:
				return getItem();
			case ModelPackage.CHECKLIST_ANSWER__MET:
				return isMet();
			case ModelPackage.CHECKLIST_ANSWER__REMARK:
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
			case ModelPackage.CHECKLIST_ANSWER__CHECKLIST:
				setChecklist((String)newValue);
				return;
			case ModelPackage.CHECKLIST_ANSWER__ITEM:
				setItem((Integer)newValue);
				return;
			case ModelPackage.CHECKLIST_ANSWER__MET:
				setMet((Boolean)newValue);
				return;
			case ModelPackage.CHECKLIST_ANSWER__REMARK:
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
			case ModelPackage.CHECKLIST_ANSWER__CHECKLIST:
				setChecklist(CHECKLIST_EDEFAULT);
				return;
			case ModelPackage.CHECKLIST_ANSWER__ITEM:
				setItem(ITEM_EDEFAULT);
				return;
			case ModelPackage.CHECKLIST_ANSWER__MET:
				setMet(MET_EDEFAULT);
				return;
			case ModelPackage.CHECKLIST_ANSWER__REMARK:
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
			case ModelPackage.CHECKLIST_ANSWER__CHECKLIST:
				return CHECKLIST_EDEFAULT == null ? checklist != null : !CHECKLIST_EDEFAULT.equals(checklist);
			case ModelPackage.CHECKLIST_ANSWER__ITEM:
				return item != ITEM_EDEFAULT;
			case ModelPackage.CHECKLIST_ANSWER__MET:
				return met != MET_EDEFAULT;
			case ModelPackage.CHECKLIST_ANSWER__REMARK:
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
		result.append(" (checklist: "); //$NON-NLS-1$
		result.append(checklist);
		result.append(", item: "); //$NON-NLS-1$
		result.append(item);
		result.append(", met: "); //$NON-NLS-1$
		result.append(met);
		result.append(", remark: "); //$NON-NLS-1$
		result.append(remark);
		result.append(')');
		return result.toString();
	}

} //ChecklistAnswerImpl

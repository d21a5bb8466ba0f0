/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.RenewalSummary;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Renewal Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.RenewalSummaryImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RenewalSummaryImpl#getNewMembers <em>New Members</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RenewalSummaryImpl#getLapses <em>Lapses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RenewalSummaryImpl extends MinimalEObjectImpl.Container implements RenewalSummary {
	/**
	 * The default value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected static final Long MEMBERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected Long members = MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewMembers() <em>New Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMembers()
	 * @generated
	 * @ordered
	 */
	protected static final Long NEW_MEMBERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewMembers() <em>New Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMembers()
	 * @generated
	 * @ordered
	 */
	protected Long newMembers = NEW_MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLapses() <em>Lapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLapses()
	 * @generated
	 * @ordered
	 */
	protected static final Long LAPSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLapses() <em>Lapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLapses()
	 * @generated
	 * @ordered
	 */
	protected Long lapses = LAPSES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RenewalSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RENEWAL_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMembers() {
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembers(Long newMembers) {
		Long oldMembers = members;
		members = newMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RENEWAL_SUMMARY__MEMBERS, oldMembers, members));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getNewMembers() {
		return newMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewMembers(Long newNewMembers) {
		Long oldNewMembers = newMembers;
		newMembers = newNewMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RENEWAL_SUMMARY__NEW_MEMBERS, oldNewMembers, newMembers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getLapses() {
		return lapses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLapses(Long newLapses) {
		Long oldLapses = lapses;
		lapses = newLapses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RENEWAL_SUMMARY__LAPSES, oldLapses, lapses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RENEWAL_SUMMARY__MEMBERS:
				return getMembers();
			case ModelPackage.RENEWAL_SUMMARY__NEW_MEMBERS:
				return getNewMembers();
			case ModelPackage.RENEWAL_SUMMARY__LAPSES:
				return getLapses();
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
			case ModelPackage.RENEWAL_SUMMARY__MEMBERS:
				setMembers((Long)newValue);
				return;
			case ModelPackage.RENEWAL_SUMMARY__NEW_MEMBERS:
				setNewMembers((Long)newValue);
				return;
			case ModelPackage.RENEWAL_SUMMARY__LAPSES:
				setLapses((Long)newValue);
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
			case ModelPackage.RENEWAL_SUMMARY__MEMBERS:
				setMembers(MEMBERS_EDEFAULT);
				return;
			case ModelPackage.RENEWAL_SUMMARY__NEW_MEMBERS:
				setNewMembers(NEW_MEMBERS_EDEFAULT);
				return;
			case ModelPackage.RENEWAL_SUMMARY__LAPSES:
				setLapses(LAPSES_EDEFAULT);
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
			case ModelPackage.RENEWAL_SUMMARY__MEMBERS:
				return MEMBERS_EDEFAULT == null ? members != null : !MEMBERS_EDEFAULT.equals(members);
			case ModelPackage.RENEWAL_SUMMARY__NEW_MEMBERS:
				return NEW_MEMBERS_EDEFAULT == null ? newMembers != null : !NEW_MEMBERS_EDEFAULT.equals(newMembers);
			case ModelPackage.RENEWAL_SUMMARY__LAPSES:
				return LAPSES_EDEFAULT == null ? lapses != null : !LAPSES_EDEFAULT.equals(lapses);
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
		result.append(" (members: "); //$NON-NLS-1$
		result.append(members);
		result.append(", newMembers: "); //$NON-NLS-1$
		result.append(newMembers);
		result.append(", lapses: "); //$NON-NLS-1$
		result.append(lapses);
		result.append(')');
		return result.toString();
	}

} //RenewalSummaryImpl

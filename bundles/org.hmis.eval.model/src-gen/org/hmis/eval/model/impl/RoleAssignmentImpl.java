/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.RoleAssignment;
import org.hmis.eval.model.RoleTableCopy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.RoleAssignmentImpl#getCopy <em>Copy</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RoleAssignmentImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RoleAssignmentImpl#getStructure <em>Structure</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RoleAssignmentImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RoleAssignmentImpl#isUncertain <em>Uncertain</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RoleAssignmentImpl#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleAssignmentImpl extends MinimalEObjectImpl.Container implements RoleAssignment {
	/**
	 * The default value of the '{@link #getCopy() <em>Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopy()
	 * @generated
	 * @ordered
	 */
	protected static final RoleTableCopy COPY_EDEFAULT = RoleTableCopy.THEORETICAL;

	/**
	 * The cached value of the '{@link #getCopy() <em>Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopy()
	 * @generated
	 * @ordered
	 */
	protected RoleTableCopy copy = COPY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStructure() <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructure()
	 * @generated
	 * @ordered
	 */
	protected static final String STRUCTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStructure() <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructure()
	 * @generated
	 * @ordered
	 */
	protected String structure = STRUCTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getActors() <em>Actors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTORS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected String actors = ACTORS_EDEFAULT;

	/**
	 * The default value of the '{@link #isUncertain() <em>Uncertain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUncertain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNCERTAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUncertain() <em>Uncertain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUncertain()
	 * @generated
	 * @ordered
	 */
	protected boolean uncertain = UNCERTAIN_EDEFAULT;

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
	protected RoleAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ROLE_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleTableCopy getCopy() {
		return copy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopy(RoleTableCopy newCopy) {
		RoleTableCopy oldCopy = copy;
		copy = newCopy == null ? COPY_EDEFAULT : newCopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ROLE_ASSIGNMENT__COPY, oldCopy, copy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ROLE_ASSIGNMENT__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStructure() {
		return structure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStructure(String newStructure) {
		String oldStructure = structure;
		structure = newStructure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ROLE_ASSIGNMENT__STRUCTURE, oldStructure, structure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActors() {
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActors(String newActors) {
		String oldActors = actors;
		actors = newActors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ROLE_ASSIGNMENT__ACTORS, oldActors, actors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUncertain() {
		return uncertain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUncertain(boolean newUncertain) {
		boolean oldUncertain = uncertain;
		uncertain = newUncertain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ROLE_ASSIGNMENT__UNCERTAIN, oldUncertain, uncertain));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ROLE_ASSIGNMENT__REMARK, oldRemark, remark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ROLE_ASSIGNMENT__COPY:
				return getCopy();
			case ModelPackage.ROLE_ASSIGNMENT__FUNCTION:
				return getFunction();
			case ModelPackage.ROLE_ASSIGNMENT__STRUCTURE:
				return getStructure();
			case ModelPackage.ROLE_ASSIGNMENT__ACTORS:
				return getActors();
			case ModelPackage.ROLE_ASSIGNMENT__UNCERTAIN:
				return isUncertain();
			case ModelPackage.ROLE_ASSIGNMENT__REMARK:
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
			case ModelPackage.ROLE_ASSIGNMENT__COPY:
				setCopy((RoleTableCopy)newValue);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__FUNCTION:
				setFunction((String)newValue);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__STRUCTURE:
				setStructure((String)newValue);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__ACTORS:
				setActors((String)newValue);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__UNCERTAIN:
				setUncertain((Boolean)newValue);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__REMARK:
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
			case ModelPackage.ROLE_ASSIGNMENT__COPY:
				setCopy(COPY_EDEFAULT);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__STRUCTURE:
				setStructure(STRUCTURE_EDEFAULT);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__ACTORS:
				setActors(ACTORS_EDEFAULT);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__UNCERTAIN:
				setUncertain(UNCERTAIN_EDEFAULT);
				return;
			case ModelPackage.ROLE_ASSIGNMENT__REMARK:
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
			case ModelPackage.ROLE_ASSIGNMENT__COPY:
				return copy != COPY_EDEFAULT;
			case ModelPackage.ROLE_ASSIGNMENT__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case ModelPackage.ROLE_ASSIGNMENT__STRUCTURE:
				return STRUCTURE_EDEFAULT == null ? structure != null : !STRUCTURE_EDEFAULT.equals(structure);
			case ModelPackage.ROLE_ASSIGNMENT__ACTORS:
				return ACTORS_EDEFAULT == null ? actors != null : !ACTORS_EDEFAULT.equals(actors);
			case ModelPackage.ROLE_ASSIGNMENT__UNCERTAIN:
				return uncertain != UNCERTAIN_EDEFAULT;
			case ModelPackage.ROLE_ASSIGNMENT__REMARK:
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
		result.append(" (copy: "); //$NON-NLS-1$
		result.append(copy);
		result.append(", function: "); //$NON-NLS-1$
		result.append(function);
		result.append(", structure: "); //$NON-NLS-1$
		result.append(structure);
		result.append(", actors: "); //$NON-NLS-1$
		result.append(actors);
		result.append(", uncertain: "); //$NON-NLS-1$
		result.append(uncertain);
		result.append(", remark: "); //$NON-NLS-1$
		result.append(remark);
		result.append(')');
		return result.toString();
	}

} //RoleAssignmentImpl

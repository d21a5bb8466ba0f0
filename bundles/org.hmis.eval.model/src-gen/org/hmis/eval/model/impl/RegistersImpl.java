/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hmis.eval.model.Beneficiary;
import org.hmis.eval.model.Claim;
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.Payment;
import org.hmis.eval.model.Registers;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Registers</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.RegistersImpl#getContracts <em>Contracts</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RegistersImpl#getBeneficiaries <em>Beneficiaries</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RegistersImpl#getPayments <em>Payments</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RegistersImpl#getClaims <em>Claims</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegistersImpl extends MinimalEObjectImpl.Container implements Registers {
	/**
	 * The cached value of the '{@link #getContracts() <em>Contracts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContracts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contract> contracts;

	/**
	 * The cached value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected EList<Beneficiary> beneficiaries;

	/**
	 * The cached value of the '{@link #getPayments() <em>Payments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayments()
	 * @generated
	 * @ordered
	 */
	protected EList<Payment> payments;

	/**
	 * The cached value of the '{@link #getClaims() <em>Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<Claim> claims;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegistersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.REGISTERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contract> getContracts() {
		if (contracts == null) {
			contracts = new EObjectContainmentEList<Contract>(Contract.class, this, ModelPackage.REGISTERS__CONTRACTS);
		}
		return contracts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Beneficiary> getBeneficiaries() {
		if (beneficiaries == null) {
			beneficiaries = new EObjectContainmentEList<Beneficiary>(Beneficiary.class, this, ModelPackage.REGISTERS__BENEFICIARIES);
		}
		return beneficiaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Payment> getPayments() {
		if (payments == null) {
			payments = new EObjectContainmentEList<Payment>(Payment.class, this, ModelPackage.REGISTERS__PAYMENTS);
		}
		return payments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Claim> getClaims() {
		if (claims == null) {
			claims = new EObjectContainmentEList<Claim>(Claim.class, this, ModelPackage.REGISTERS__CLAIMS);
		}
		return claims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.REGISTERS__CONTRACTS:
				return ((InternalEList<?>)getContracts()).basicRemove(otherEnd, msgs);
			case ModelPackage.REGISTERS__BENEFICIARIES:
				return ((InternalEList<?>)getBeneficiaries()).basicRemove(otherEnd, msgs);
			case ModelPackage.REGISTERS__PAYMENTS:
				return ((InternalEList<?>)getPayments()).basicRemove(otherEnd, msgs);
			case ModelPackage.REGISTERS__CLAIMS:
				return ((InternalEList<?>)getClaims()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.REGISTERS__CONTRACTS:
				return getContracts();
			case ModelPackage.REGISTERS__BENEFICIARIES:
				return getBeneficiaries();
			case ModelPackage.REGISTERS__PAYMENTS:
				return getPayments();
			case ModelPackage.REGISTERS__CLAIMS:
				return getClaims();
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
			case ModelPackage.REGISTERS__CONTRACTS:
				getContracts().clear();
				getContracts().addAll((Collection<? extends Contract>)newValue);
				return;
			case ModelPackage.REGISTERS__BENEFICIARIES:
				getBeneficiaries().clear();
				getBeneficiaries().addAll((Collection<? extends Beneficiary>)newValue);
				return;
			case ModelPackage.REGISTERS__PAYMENTS:
				getPayments().clear();
				getPayments().addAll((Collection<? extends Payment>)newValue);
				return;
			case ModelPackage.REGISTERS__CLAIMS:
				getClaims().clear();
				getClaims().addAll((Collection<? extends Claim>)newValue);
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
			case ModelPackage.REGISTERS__CONTRACTS:
				getContracts().clear();
				return;
			case ModelPackage.REGISTERS__BENEFICIARIES:
				getBeneficiaries().clear();
				return;
			case ModelPackage.REGISTERS__PAYMENTS:
				getPayments().clear();
				return;
			case ModelPackage.REGISTERS__CLAIMS:
				getClaims().clear();
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
			case ModelPackage.REGISTERS__CONTRACTS:
				return contracts != null && !contracts.isEmpty();
			case ModelPackage.REGISTERS__BENEFICIARIES:
				return beneficiaries != null && !beneficiaries.isEmpty();
			case ModelPackage.REGISTERS__PAYMENTS:
				return payments != null && !payments.isEmpty();
			case ModelPackage.REGISTERS__CLAIMS:
				return claims != null && !claims.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //RegistersImpl

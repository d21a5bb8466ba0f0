/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ContractAnalysisItem;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Investment;
import org.hmis.eval.model.LegalRecognitionStage;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.RoleAbbreviation;
import org.hmis.eval.model.RoleAssignment;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.StatutoryObligation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getYears <em>Years</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getInvestments <em>Investments</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getRoleAssignments <em>Role Assignments</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getRoleAbbreviations <em>Role Abbreviations</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getContractAnalyses <em>Contract Analyses</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getLegalRecognition <em>Legal Recognition</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.EvaluationImpl#getObligations <em>Obligations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends MinimalEObjectImpl.Container implements Evaluation {
	/**
	 * The cached value of the '{@link #getScheme() <em>Scheme</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected Scheme scheme;

	/**
	 * The cached value of the '{@link #getYears() <em>Years</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYears()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountingYear> years;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected Registers registers;

	/**
	 * The cached value of the '{@link #getInvestments() <em>Investments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestments()
	 * @generated
	 * @ordered
	 */
	protected EList<Investment> investments;

	/**
	 * The cached value of the '{@link #getRoleAssignments() <em>Role Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleAssignment> roleAssignments;

	/**
	 * The cached value of the '{@link #getRoleAbbreviations() <em>Role Abbreviations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleAbbreviations()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleAbbreviation> roleAbbreviations;

	/**
	 * The cached value of the '{@link #getContractAnalyses() <em>Contract Analyses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<ContractAnalysisItem> contractAnalyses;

	/**
	 * The cached value of the '{@link #getLegalRecognition() <em>Legal Recognition</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalRecognition()
	 * @generated
	 * @ordered
	 */
	protected EList<LegalRecognitionStage> legalRecognition;

	/**
	 * The cached value of the '{@link #getObligations() <em>Obligations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObligations()
	 * @generated
	 * @ordered
	 */
	protected EList<StatutoryObligation> obligations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheme getScheme() {
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScheme(Scheme newScheme, NotificationChain msgs) {
		Scheme oldScheme = scheme;
		scheme = newScheme;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.EVALUATION__SCHEME, oldScheme, newScheme);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheme(Scheme newScheme) {
		if (newScheme != scheme) {
			NotificationChain msgs = null;
			if (scheme != null)
				msgs = ((InternalEObject)scheme).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.EVALUATION__SCHEME, null, msgs);
			if (newScheme != null)
				msgs = ((InternalEObject)newScheme).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.EVALUATION__SCHEME, null, msgs);
			msgs = basicSetScheme(newScheme, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EVALUATION__SCHEME, newScheme, newScheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountingYear> getYears() {
		if (years == null) {
			years = new EObjectContainmentEList<AccountingYear>(AccountingYear.class, this, ModelPackage.EVALUATION__YEARS);
		}
		return years;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EVALUATION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Registers getRegisters() {
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegisters(Registers newRegisters, NotificationChain msgs) {
		Registers oldRegisters = registers;
		registers = newRegisters;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.EVALUATION__REGISTERS, oldRegisters, newRegisters);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegisters(Registers newRegisters) {
		if (newRegisters != registers) {
			NotificationChain msgs = null;
			if (registers != null)
				msgs = ((InternalEObject)registers).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.EVALUATION__REGISTERS, null, msgs);
			if (newRegisters != null)
				msgs = ((InternalEObject)newRegisters).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.EVALUATION__REGISTERS, null, msgs);
			msgs = basicSetRegisters(newRegisters, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EVALUATION__REGISTERS, newRegisters, newRegisters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Investment> getInvestments() {
		if (investments == null) {
			investments = new EObjectContainmentEList<Investment>(Investment.class, this, ModelPackage.EVALUATION__INVESTMENTS);
		}
		return investments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleAssignment> getRoleAssignments() {
		if (roleAssignments == null) {
			roleAssignments = new EObjectContainmentEList<RoleAssignment>(RoleAssignment.class, this, ModelPackage.EVALUATION__ROLE_ASSIGNMENTS);
		}
		return roleAssignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleAbbreviation> getRoleAbbreviations() {
		if (roleAbbreviations == null) {
			roleAbbreviations = new EObjectContainmentEList<RoleAbbreviation>(RoleAbbreviation.class, this, ModelPackage.EVALUATION__ROLE_ABBREVIATIONS);
		}
		return roleAbbreviations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContractAnalysisItem> getContractAnalyses() {
		if (contractAnalyses == null) {
			contractAnalyses = new EObjectContainmentEList<ContractAnalysisItem>(ContractAnalysisItem.class, this, ModelPackage.EVALUATION__CONTRACT_ANALYSES);
		}
		return contractAnalyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegalRecognitionStage> getLegalRecognition() {
		if (legalRecognition == null) {
			legalRecognition = new EObjectContainmentEList<LegalRecognitionStage>(LegalRecognitionStage.class, this, ModelPackage.EVALUATION__LEGAL_RECOGNITION);
		}
		return legalRecognition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatutoryObligation> getObligations() {
		if (obligations == null) {
			obligations = new EObjectContainmentEList<StatutoryObligation>(StatutoryObligation.class, this, ModelPackage.EVALUATION__OBLIGATIONS);
		}
		return obligations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.EVALUATION__SCHEME:
				return basicSetScheme(null, msgs);
			case ModelPackage.EVALUATION__YEARS:
				return ((InternalEList<?>)getYears()).basicRemove(otherEnd, msgs);
			case ModelPackage.EVALUATION__REGISTERS:
				return basicSetRegisters(null, msgs);
			case ModelPackage.EVALUATION__INVESTMENTS:
				return ((InternalEList<?>)getInvestments()).basicRemove(otherEnd, msgs);
			case ModelPackage.EVALUATION__ROLE_ASSIGNMENTS:
				return ((InternalEList<?>)getRoleAssignments()).basicRemove(otherEnd, msgs);
			case ModelPackage.EVALUATION__ROLE_ABBREVIATIONS:
				return ((InternalEList<?>)getRoleAbbreviations()).basicRemove(otherEnd, msgs);
			case ModelPackage.EVALUATION__CONTRACT_ANALYSES:
				return ((InternalEList<?>)getContractAnalyses()).basicRemove(otherEnd, msgs);
			case ModelPackage.EVALUATION__LEGAL_RECOGNITION:
				return ((InternalEList<?>)getLegalRecognition()).basicRemove(otherEnd, msgs);
			case ModelPackage.EVALUATION__OBLIGATIONS:
				return ((InternalEList<?>)getObligations()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.EVALUATION__SCHEME:
				return getScheme();
			case ModelPackage.EVALUATION__YEARS:
				return getYears();
			case ModelPackage.EVALUATION__TITLE:
				return getTitle();
			case ModelPackage.EVALUATION__REGISTERS:
				return getRegisters();
			case ModelPackage.EVALUATION__INVESTMENTS:
				return getInvestments();
			case ModelPackage.EVALUATION__ROLE_ASSIGNMENTS:
				return getRoleAssignments();
			case ModelPackage.EVALUATION__ROLE_ABBREVIATIONS:
				return getRoleAbbreviations();
			case ModelPackage.EVALUATION__CONTRACT_ANALYSES:
				return getContractAnalyses();
			case ModelPackage.EVALUATION__LEGAL_RECOGNITION:
				return getLegalRecognition();
			case ModelPackage.EVALUATION__OBLIGATIONS:
				return getObligations();
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
			case ModelPackage.EVALUATION__SCHEME:
				setScheme((Scheme)newValue);
				return;
			case ModelPackage.EVALUATION__YEARS:
				getYears().clear();
				getYears().addAll((Collection<? extends AccountingYear>)newValue);
				return;
			case ModelPackage.EVALUATION__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.EVALUATION__REGISTERS:
				setRegisters((Registers)newValue);
				return;
			case ModelPackage.EVALUATION__INVESTMENTS:
				getInvestments().clear();
				getInvestments().addAll((Collection<? extends Investment>)newValue);
				return;
			case ModelPackage.EVALUATION__ROLE_ASSIGNMENTS:
				getRoleAssignments().clear();
				getRoleAssignments().addAll((Collection<? extends RoleAssignment>)newValue);
				return;
			case ModelPackage.EVALUATION__ROLE_ABBREVIATIONS:
				getRoleAbbreviations().clear();
				getRoleAbbreviations().addAll((Collection<? extends RoleAbbreviation>)newValue);
				return;
			case ModelPackage.EVALUATION__CONTRACT_ANALYSES:
				getContractAnalyses().clear();
				getContractAnalyses().addAll((Collection<? extends ContractAnalysisItem>)newValue);
				return;
			case ModelPackage.EVALUATION__LEGAL_RECOGNITION:
				getLegalRecognition().clear();
				getLegalRecognition().addAll((Collection<? extends LegalRecognitionStage>)newValue);
				return;
			case ModelPackage.EVALUATION__OBLIGATIONS:
				getObligations().clear();
				getObligations().addAll((Collection<? extends StatutoryObligation>)newValue);
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
			case ModelPackage.EVALUATION__SCHEME:
				setScheme((Scheme)null);
				return;
			case ModelPackage.EVALUATION__YEARS:
				getYears().clear();
				return;
			case ModelPackage.EVALUATION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.EVALUATION__REGISTERS:
				setRegisters((Registers)null);
				return;
			case ModelPackage.EVALUATION__INVESTMENTS:
				getInvestments().clear();
				return;
			case ModelPackage.EVALUATION__ROLE_ASSIGNMENTS:
				getRoleAssignments().clear();
				return;
			case ModelPackage.EVALUATION__ROLE_ABBREVIATIONS:
				getRoleAbbreviations().clear();
				return;
			case ModelPackage.EVALUATION__CONTRACT_ANALYSES:
				getContractAnalyses().clear();
				return;
			case ModelPackage.EVALUATION__LEGAL_RECOGNITION:
				getLegalRecognition().clear();
				return;
			case ModelPackage.EVALUATION__OBLIGATIONS:
				getObligations().clear();
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
			case ModelPackage.EVALUATION__SCHEME:
				return scheme != null;
			case ModelPackage.EVALUATION__YEARS:
				return years != null && !years.isEmpty();
			case ModelPackage.EVALUATION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.EVALUATION__REGISTERS:
				return registers != null;
			case ModelPackage.EVALUATION__INVESTMENTS:
				return investments != null && !investments.isEmpty();
			case ModelPackage.EVALUATION__ROLE_ASSIGNMENTS:
				return roleAssignments != null && !roleAssignments.isEmpty();
			case ModelPackage.EVALUATION__ROLE_ABBREVIATIONS:
				return roleAbbreviations != null && !roleAbbreviations.isEmpty();
			case ModelPackage.EVALUATION__CONTRACT_ANALYSES:
				return contractAnalyses != null && !contractAnalyses.isEmpty();
			case ModelPackage.EVALUATION__LEGAL_RECOGNITION:
				return legalRecognition != null && !legalRecognition.isEmpty();
			case ModelPackage.EVALUATION__OBLIGATIONS:
				return obligations != null && !obligations.isEmpty();
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl

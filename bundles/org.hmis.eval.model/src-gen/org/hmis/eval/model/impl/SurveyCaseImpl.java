/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.SurveyCase;
import org.hmis.eval.model.SurveyGroup;
import org.hmis.eval.model.SurveyKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Survey Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.SurveyCaseImpl#getSurvey <em>Survey</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SurveyCaseImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SurveyCaseImpl#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SurveyCaseImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SurveyCaseImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SurveyCaseImpl#getCost <em>Cost</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurveyCaseImpl extends MinimalEObjectImpl.Container implements SurveyCase {
	/**
	 * The default value of the '{@link #getSurvey() <em>Survey</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurvey()
	 * @generated
	 * @ordered
	 */
	protected static final SurveyKind SURVEY_EDEFAULT = SurveyKind.LATENT_PERIOD;

	/**
	 * The cached value of the '{@link #getSurvey() <em>Survey</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurvey()
	 * @generated
	 * @ordered
	 */
	protected SurveyKind survey = SURVEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final SurveyGroup GROUP_EDEFAULT = SurveyGroup.BENEFICIARY;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected SurveyGroup group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected String caseId = CASE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurveyCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SURVEY_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyKind getSurvey() {
		return survey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurvey(SurveyKind newSurvey) {
		SurveyKind oldSurvey = survey;
		survey = newSurvey == null ? SURVEY_EDEFAULT : newSurvey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SURVEY_CASE__SURVEY, oldSurvey, survey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyGroup getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(SurveyGroup newGroup) {
		SurveyGroup oldGroup = group;
		group = newGroup == null ? GROUP_EDEFAULT : newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SURVEY_CASE__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseId() {
		return caseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseId(String newCaseId) {
		String oldCaseId = caseId;
		caseId = newCaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SURVEY_CASE__CASE_ID, oldCaseId, caseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SURVEY_CASE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SURVEY_CASE__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost) {
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SURVEY_CASE__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SURVEY_CASE__SURVEY:
				return getSurvey();
			case ModelPackage.SURVEY_CASE__GROUP:
				return getGroup();
			case ModelPackage.SURVEY_CASE__CASE_ID:
				return getCaseId();
			case ModelPackage.SURVEY_CASE__START_DATE:
				return getStartDate();
			case ModelPackage.SURVEY_CASE__END_DATE:
				return getEndDate();
			case ModelPackage.SURVEY_CASE__COST:
				return getCost();
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
			case ModelPackage.SURVEY_CASE__SURVEY:
				setSurvey((SurveyKind)newValue);
				return;
			case ModelPackage.SURVEY_CASE__GROUP:
				setGroup((SurveyGroup)newValue);
				return;
			case ModelPackage.SURVEY_CASE__CASE_ID:
				setCaseId((String)newValue);
				return;
			case ModelPackage.SURVEY_CASE__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case ModelPackage.SURVEY_CASE__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case ModelPackage.SURVEY_CASE__COST:
				setCost((BigDecimal)newValue);
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
			case ModelPackage.SURVEY_CASE__SURVEY:
				setSurvey(SURVEY_EDEFAULT);
				return;
			case ModelPackage.SURVEY_CASE__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case ModelPackage.SURVEY_CASE__CASE_ID:
				setCaseId(CASE_ID_EDEFAULT);
				return;
			case ModelPackage.SURVEY_CASE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ModelPackage.SURVEY_CASE__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case ModelPackage.SURVEY_CASE__COST:
				setCost(COST_EDEFAULT);
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
			case ModelPackage.SURVEY_CASE__SURVEY:
				return survey != SURVEY_EDEFAULT;
			case ModelPackage.SURVEY_CASE__GROUP:
				return group != GROUP_EDEFAULT;
			case ModelPackage.SURVEY_CASE__CASE_ID:
				return CASE_ID_EDEFAULT == null ? caseId != null : !CASE_ID_EDEFAULT.equals(caseId);
			case ModelPackage.SURVEY_CASE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ModelPackage.SURVEY_CASE__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case ModelPackage.SURVEY_CASE__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
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
		result.append(" (survey: "); //$NON-NLS-1$
		result.append(survey);
		result.append(", group: "); //$NON-NLS-1$
		result.append(group);
		result.append(", caseId: "); //$NON-NLS-1$
		result.append(caseId);
		result.append(", startDate: "); //$NON-NLS-1$
		result.append(startDate);
		result.append(", endDate: "); //$NON-NLS-1$
		result.append(endDate);
		result.append(", cost: "); //$NON-NLS-1$
		result.append(cost);
		result.append(')');
		return result.toString();
	}

} //SurveyCaseImpl

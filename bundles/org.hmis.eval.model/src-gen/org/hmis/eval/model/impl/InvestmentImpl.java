/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.Investment;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Investment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.InvestmentImpl#getAssetClass <em>Asset Class</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.InvestmentImpl#getBookValue <em>Book Value</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.InvestmentImpl#getMarketValue <em>Market Value</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.InvestmentImpl#getExpectedYield <em>Expected Yield</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InvestmentImpl extends MinimalEObjectImpl.Container implements Investment {
	/**
	 * The default value of the '{@link #getAssetClass() <em>Asset Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetClass()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSET_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssetClass() <em>Asset Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetClass()
	 * @generated
	 * @ordered
	 */
	protected String assetClass = ASSET_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBookValue() <em>Book Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BOOK_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBookValue() <em>Book Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal bookValue = BOOK_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarketValue() <em>Market Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MARKET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMarketValue() <em>Market Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal marketValue = MARKET_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedYield() <em>Expected Yield</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedYield()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal EXPECTED_YIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedYield() <em>Expected Yield</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedYield()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal expectedYield = EXPECTED_YIELD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InvestmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.INVESTMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssetClass() {
		return assetClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssetClass(String newAssetClass) {
		String oldAssetClass = assetClass;
		assetClass = newAssetClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTMENT__ASSET_CLASS, oldAssetClass, assetClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBookValue() {
		return bookValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookValue(BigDecimal newBookValue) {
		BigDecimal oldBookValue = bookValue;
		bookValue = newBookValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTMENT__BOOK_VALUE, oldBookValue, bookValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMarketValue() {
		return marketValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarketValue(BigDecimal newMarketValue) {
		BigDecimal oldMarketValue = marketValue;
		marketValue = newMarketValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTMENT__MARKET_VALUE, oldMarketValue, marketValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getExpectedYield() {
		return expectedYield;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedYield(BigDecimal newExpectedYield) {
		BigDecimal oldExpectedYield = expectedYield;
		expectedYield = newExpectedYield;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTMENT__EXPECTED_YIELD, oldExpectedYield, expectedYield));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.INVESTMENT__ASSET_CLASS:
				return getAssetClass();
			case ModelPackage.INVESTMENT__BOOK_VALUE:
				return getBookValue();
			case ModelPackage.INVESTMENT__MARKET_VALUE:
				return getMarketValue();
			case ModelPackage.INVESTMENT__EXPECTED_YIELD:
				return getExpectedYield();
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
			case ModelPackage.INVESTMENT__ASSET_CLASS:
				setAssetClass((String)newValue);
				return;
			case ModelPackage.INVESTMENT__BOOK_VALUE:
				setBookValue((BigDecimal)newValue);
				return;
			case ModelPackage.INVESTMENT__MARKET_VALUE:
				setMarketValue((BigDecimal)newValue);
				return;
			case ModelPackage.INVESTMENT__EXPECTED_YIELD:
				setExpectedYield((BigDecimal)newValue);
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
			case ModelPackage.INVESTMENT__ASSET_CLASS:
				setAssetClass(ASSET_CLASS_EDEFAULT);
				return;
			case ModelPackage.INVESTMENT__BOOK_VALUE:
				setBookValue(BOOK_VALUE_EDEFAULT);
				return;
			case ModelPackage.INVESTMENT__MARKET_VALUE:
				setMarketValue(MARKET_VALUE_EDEFAULT);
				return;
			case ModelPackage.INVESTMENT__EXPECTED_YIELD:
				setExpectedYield(EXPECTED_YIELD_EDEFAULT);
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
			case ModelPackage.INVESTMENT__ASSET_CLASS:
				return ASSET_CLASS_EDEFAULT == null ? assetClass != null : !ASSET_CLASS_EDEFAULT.equals(assetClass);
			case ModelPackage.INVESTMENT__BOOK_VALUE:
				return BOOK_VALUE_EDEFAULT == null ? bookValue != null : !BOOK_VALUE_EDEFAULT.equals(bookValue);
			case ModelPackage.INVESTMENT__MARKET_VALUE:
				return MARKET_VALUE_EDEFAULT == null ? marketValue != null : !MARKET_VALUE_EDEFAULT.equals(marketValue);
			case ModelPackage.INVESTMENT__EXPECTED_YIELD:
				return EXPECTED_YIELD_EDEFAULT == null ? expectedYield != null : !EXPECTED_YIELD_EDEFAULT.equals(expectedYield);
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
		result.append(" (assetClass: "); //$NON-NLS-1$
		result.append(assetClass);
		result.append(", bookValue: "); //$NON-NLS-1$
		result.append(bookValue);
		result.append(", marketValue: "); //$NON-NLS-1$
		result.append(marketValue);
		result.append(", expectedYield: "); //$NON-NLS-1$
		result.append(expectedYield);
		result.append(')');
		return result.toString();
	}

} //InvestmentImpl

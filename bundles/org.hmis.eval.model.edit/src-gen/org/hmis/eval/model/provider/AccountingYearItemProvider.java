/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ModelPackage;

/**
 * This is the item provider adapter for a {@link org.hmis.eval.model.AccountingYear} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AccountingYearItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountingYearItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addYearPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountingYear_year_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountingYear_year_feature", "_UI_AccountingYear_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ModelPackage.Literals.ACCOUNTING_YEAR__YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__ACCOUNT_LINES);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__HIDDEN_COSTS);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__POPULATION);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__POPULATION_GROUPS);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__BENEFICIARY_GROUPS);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__CLAIMS_LISTING);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__PROVIDER_ACTIVITY);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__MEMBERSHIP_MIX);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__SURVEY_CASES);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__RENEWAL_SUMMARY);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__RISK_PORTFOLIO);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__CHECKLIST_ANSWERS);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__EXCLUSION_SURVEYS);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__MANAGEMENT_TOOLS);
			childrenFeatures.add(ModelPackage.Literals.ACCOUNTING_YEAR__BUDGET_LINES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns AccountingYear.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AccountingYear")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		AccountingYear accountingYear = (AccountingYear)object;
		return getString("_UI_AccountingYear_type") + " " + accountingYear.getYear(); //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(AccountingYear.class)) {
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
			case ModelPackage.ACCOUNTING_YEAR__POPULATION:
			case ModelPackage.ACCOUNTING_YEAR__POPULATION_GROUPS:
			case ModelPackage.ACCOUNTING_YEAR__BENEFICIARY_GROUPS:
			case ModelPackage.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES:
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES:
			case ModelPackage.ACCOUNTING_YEAR__CLAIMS_LISTING:
			case ModelPackage.ACCOUNTING_YEAR__PROVIDER_ACTIVITY:
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_MIX:
			case ModelPackage.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS:
			case ModelPackage.ACCOUNTING_YEAR__SURVEY_CASES:
			case ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY:
			case ModelPackage.ACCOUNTING_YEAR__RISK_PORTFOLIO:
			case ModelPackage.ACCOUNTING_YEAR__CHECKLIST_ANSWERS:
			case ModelPackage.ACCOUNTING_YEAR__EXCLUSION_SURVEYS:
			case ModelPackage.ACCOUNTING_YEAR__MANAGEMENT_TOOLS:
			case ModelPackage.ACCOUNTING_YEAR__BUDGET_LINES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__ACCOUNT_LINES,
				 ModelFactory.eINSTANCE.createAccountLine()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__HIDDEN_COSTS,
				 ModelFactory.eINSTANCE.createHiddenCost()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__POPULATION,
				 ModelFactory.eINSTANCE.createPopulationFigures()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__POPULATION_GROUPS,
				 ModelFactory.eINSTANCE.createPopulationGroup()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__BENEFICIARY_GROUPS,
				 ModelFactory.eINSTANCE.createPopulationGroup()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES,
				 ModelFactory.eINSTANCE.createMonthlyBeneficiaries()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES,
				 ModelFactory.eINSTANCE.createMembershipAverages()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__CLAIMS_LISTING,
				 ModelFactory.eINSTANCE.createClaimsListingEntry()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__PROVIDER_ACTIVITY,
				 ModelFactory.eINSTANCE.createProviderActivity()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__MEMBERSHIP_MIX,
				 ModelFactory.eINSTANCE.createMembershipMixEntry()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS,
				 ModelFactory.eINSTANCE.createEntitlementTool()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__SURVEY_CASES,
				 ModelFactory.eINSTANCE.createSurveyCase()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__RENEWAL_SUMMARY,
				 ModelFactory.eINSTANCE.createRenewalSummary()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__RISK_PORTFOLIO,
				 ModelFactory.eINSTANCE.createRiskPortfolioEntry()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__CHECKLIST_ANSWERS,
				 ModelFactory.eINSTANCE.createChecklistAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__EXCLUSION_SURVEYS,
				 ModelFactory.eINSTANCE.createExclusionSurvey()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__MANAGEMENT_TOOLS,
				 ModelFactory.eINSTANCE.createManagementTool()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ACCOUNTING_YEAR__BUDGET_LINES,
				 ModelFactory.eINSTANCE.createBudgetLine()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == ModelPackage.Literals.ACCOUNTING_YEAR__POPULATION_GROUPS ||
			childFeature == ModelPackage.Literals.ACCOUNTING_YEAR__BENEFICIARY_GROUPS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2", //$NON-NLS-1$
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return HmisEditPlugin.INSTANCE;
	}

}

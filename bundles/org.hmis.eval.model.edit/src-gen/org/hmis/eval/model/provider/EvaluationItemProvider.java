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

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ModelPackage;

/**
 * This is the item provider adapter for a {@link org.hmis.eval.model.Evaluation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationItemProvider 
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
	public EvaluationItemProvider(AdapterFactory adapterFactory) {
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

			addTitlePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_title_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_title_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ModelPackage.Literals.EVALUATION__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__SCHEME);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__YEARS);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__REGISTERS);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__INVESTMENTS);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__ROLE_ASSIGNMENTS);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__ROLE_ABBREVIATIONS);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__CONTRACT_ANALYSES);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__LEGAL_RECOGNITION);
			childrenFeatures.add(ModelPackage.Literals.EVALUATION__OBLIGATIONS);
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
	 * This returns Evaluation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Evaluation")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Evaluation)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Evaluation_type") : //$NON-NLS-1$
			getString("_UI_Evaluation_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Evaluation.class)) {
			case ModelPackage.EVALUATION__TITLE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.EVALUATION__SCHEME:
			case ModelPackage.EVALUATION__YEARS:
			case ModelPackage.EVALUATION__REGISTERS:
			case ModelPackage.EVALUATION__INVESTMENTS:
			case ModelPackage.EVALUATION__ROLE_ASSIGNMENTS:
			case ModelPackage.EVALUATION__ROLE_ABBREVIATIONS:
			case ModelPackage.EVALUATION__CONTRACT_ANALYSES:
			case ModelPackage.EVALUATION__LEGAL_RECOGNITION:
			case ModelPackage.EVALUATION__OBLIGATIONS:
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
				(ModelPackage.Literals.EVALUATION__SCHEME,
				 ModelFactory.eINSTANCE.createScheme()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__YEARS,
				 ModelFactory.eINSTANCE.createAccountingYear()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__REGISTERS,
				 ModelFactory.eINSTANCE.createRegisters()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__INVESTMENTS,
				 ModelFactory.eINSTANCE.createInvestment()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__ROLE_ASSIGNMENTS,
				 ModelFactory.eINSTANCE.createRoleAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__ROLE_ABBREVIATIONS,
				 ModelFactory.eINSTANCE.createRoleAbbreviation()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__CONTRACT_ANALYSES,
				 ModelFactory.eINSTANCE.createContractAnalysisItem()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__LEGAL_RECOGNITION,
				 ModelFactory.eINSTANCE.createLegalRecognitionStage()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.EVALUATION__OBLIGATIONS,
				 ModelFactory.eINSTANCE.createStatutoryObligation()));
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

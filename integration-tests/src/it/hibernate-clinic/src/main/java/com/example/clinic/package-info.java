/** A veterinary clinic: pet owners, their visits, and the vets who see them. */
@Purpose(id = "care", description = "Care for your pets.", userBenefit = "Your pets are treated and reminded of.")
@Purpose(id = "staff", description = "Plan who works when.", userBenefit = "A vet is there when you come.")
package com.example.clinic;

import dev.datasafety.Purpose;

@Purpose(id = "orders", description = "Deliver what you order.", userBenefit = "Your order arrives.")
@Purpose(id = "recommendations", description = "Suggest products you may like.",
    userBenefit = "Find things faster.", choice = Choice.OPT_IN)
package shop;

import dev.datasafety.Choice;
import dev.datasafety.Purpose;

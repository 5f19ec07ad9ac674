package com.example.kotlin

/** The generated inventory, used from Kotlin: what a transparency page renders. */
object Transparency {
    fun purposeIds(): List<String> = DataSafetyInventory.inventory().purposes().map { it.id() }

    fun document(): String = DataSafetyInventory.json()
}

fun main() {
    println("purposes=" + Transparency.purposeIds().joinToString(","))
    println("json-bytes=" + Transparency.document().toByteArray(Charsets.UTF_8).size)
}

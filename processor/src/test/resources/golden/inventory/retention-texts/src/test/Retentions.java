package test;

import dev.datasafety.DataKind;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;

@Purpose(id = "service", description = "Run the service.", userBenefit = "The service works.")
@UserData(purposes = "service", kind = DataKind.ATTRIBUTE, serverVisible = false)
class Retentions {
  @UserData(description = "Thirty days", retention = "P30D") String thirtyDays;
  @UserData(description = "Two weeks", retention = "P2W") String twoWeeks;
  @UserData(description = "Six months", retention = "P6M") String sixMonths;
  @UserData(description = "One year", retention = "P1Y") String oneYear;
  @UserData(description = "A year and a half", retention = "P1Y6M") String yearAndAHalf;
  @UserData(description = "Twelve hours", retention = "PT12H") String twelveHours;
  @UserData(description = "A day and a half", retention = "P1DT12H") String dayAndAHalf;
  @UserData(description = "Three parts", retention = "P1Y2M3D") String threeParts;
  @UserData(description = "One minute", retention = "PT1M") String oneMinute;
  @UserData(description = "Not stored", retention = "transient") String notStored;
  @UserData(description = "Session", retention = "session") String session;
  @UserData(description = "Account", retention = "until-account-deletion") String account;
}

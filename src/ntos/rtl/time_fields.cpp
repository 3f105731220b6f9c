// NT time (100 ns since 1601-01-01 UTC) <-> TIME_FIELDS, proleptic Gregorian calendar.
#include <ntddk.h>

namespace {

constexpr LONGLONG kTicksPerMs = 10'000;
constexpr LONGLONG kTicksPerDay = 86'400LL * 1000 * kTicksPerMs;

// Days since 1601-01-01 for a civil date (month 1..12).
LONGLONG daysFromCivil(LONGLONG y, unsigned m, unsigned d) {
    y -= m <= 2;
    const LONGLONG era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const LONGLONG daysSince1970 = era * 146097 + static_cast<LONGLONG>(doe) - 719468;
    return daysSince1970 + 134774;  // 1601-01-01 .. 1970-01-01
}

bool isLeap(LONGLONG y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

extern "C" {

VOID NTAPI RtlTimeToTimeFields(PLARGE_INTEGER Time, PTIME_FIELDS TimeFields) {
    const LONGLONG ticks = Time->QuadPart;
    LONGLONG days = ticks / kTicksPerDay;
    LONGLONG rest = ticks % kTicksPerDay;
    TimeFields->Weekday = static_cast<CSHORT>((days + 1) % 7);  // 1601-01-01 was a Monday
    TimeFields->Milliseconds = static_cast<CSHORT>((rest / kTicksPerMs) % 1000);
    rest /= kTicksPerMs * 1000;
    TimeFields->Second = static_cast<CSHORT>(rest % 60);
    TimeFields->Minute = static_cast<CSHORT>((rest / 60) % 60);
    TimeFields->Hour = static_cast<CSHORT>(rest / 3600);
    // civil-from-days, shifted to 1970
    const LONGLONG z = days - 134774 + 719468;
    const LONGLONG era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const LONGLONG y = static_cast<LONGLONG>(yoe) + era * 400 + (m <= 2);
    TimeFields->Year = static_cast<CSHORT>(y);
    TimeFields->Month = static_cast<CSHORT>(m);
    TimeFields->Day = static_cast<CSHORT>(d);
}

BOOLEAN NTAPI RtlTimeFieldsToTime(PTIME_FIELDS TimeFields, PLARGE_INTEGER Time) {
    static constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const TIME_FIELDS& f = *TimeFields;
    if (f.Year < 1601 || f.Month < 1 || f.Month > 12 || f.Day < 1 || f.Hour < 0 || f.Hour > 23 || f.Minute < 0 ||
        f.Minute > 59 || f.Second < 0 || f.Second > 59 || f.Milliseconds < 0 || f.Milliseconds > 999) {
        return FALSE;
    }
    const int monthDays = kDaysInMonth[f.Month - 1] + (f.Month == 2 && isLeap(f.Year) ? 1 : 0);
    if (f.Day > monthDays) return FALSE;
    const LONGLONG days = daysFromCivil(f.Year, static_cast<unsigned>(f.Month), static_cast<unsigned>(f.Day));
    Time->QuadPart = days * kTicksPerDay +
                     ((f.Hour * 3600LL + f.Minute * 60LL + f.Second) * 1000 + f.Milliseconds) * kTicksPerMs;
    return TRUE;
}

}  // extern "C"

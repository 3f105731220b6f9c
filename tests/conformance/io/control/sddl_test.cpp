// "SDDL for Device Objects": the framework accepts the strings wdmsec.h defines and
// refuses text that is not a security descriptor (it stores, not enforces, them: issue 7).
#include <gtest/gtest.h>

#include <string>

#include "wdf/core/fx_sddl.h"

namespace {

bool valid(std::u16string_view text) { return wdf::fxSddlLooksValid(text, nullptr); }

TEST(ControlDeviceSddl, AcceptsTheWdmsecStrings) {
    EXPECT_TRUE(valid(u"D:P"));
    EXPECT_TRUE(valid(u"D:P(A;;GA;;;SY)"));
    EXPECT_TRUE(valid(u"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)"));
    EXPECT_TRUE(valid(u"O:BAG:SYD:P(A;;GA;;;SY)S:(AU;FA;GA;;;WD)"));
    EXPECT_TRUE(valid(u"D:P(A;;GA;;;S-1-5-32-544)"));
}

TEST(ControlDeviceSddl, RefusesWhatIsNotSddl) {
    std::string why;
    EXPECT_FALSE(wdf::fxSddlLooksValid(u"", &why));
    EXPECT_FALSE(wdf::fxSddlLooksValid(u"hello", &why));
    EXPECT_FALSE(wdf::fxSddlLooksValid(u"D:P(A;;GA;;SY)", &why));  // five fields
    EXPECT_NE(why.find("fields"), std::string::npos) << why;
    EXPECT_FALSE(wdf::fxSddlLooksValid(u"D:P(A;;GA;;;SY", &why));  // not closed
    EXPECT_FALSE(wdf::fxSddlLooksValid(u"D:P(A;;GA;;;sy)", &why));  // trustee not a SID
    EXPECT_FALSE(wdf::fxSddlLooksValid(u"X:P", &why));
    EXPECT_FALSE(wdf::fxSddlLooksValid(u"D:P(A;;GA;;;SY)junk", &why));
}

}  // namespace

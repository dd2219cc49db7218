// Checks lockvm's Python formatting and parsing against CPython 3.11: every
// expected value below was printed by python3.11 for the same input.
#include "vm/format.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

namespace lockvm {
namespace {

using std::literals::string_view_literals::operator""sv;

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNan = std::nan("");

// kValue: ValueError (InvalidArgument); kOverflow: OverflowError (OutOfRange).
enum Outcome { kOk, kValue, kOverflow };

struct IntCase { int64_t value; std::string_view spec; Outcome outcome; std::string_view expected; };
struct BoolCase { bool value; std::string_view spec; Outcome outcome; std::string_view expected; };
struct FloatCase { double value; std::string_view spec; Outcome outcome; std::string_view expected; };
struct StrCase { std::string_view value; std::string_view spec; Outcome outcome; std::string_view expected; };
struct BaseCase { int64_t value; int base; std::string_view expected; };
struct ParseIntCase { std::string text; int base; Outcome outcome; std::string_view expected; };
struct ParseFloatCase { std::string_view text; Outcome outcome; std::string_view expected; };
struct RoundCase { double value; int64_t ndigits; Outcome outcome; std::string_view expected; };
struct Arg { std::variant<int64_t, double, std::string> v; };
struct PercentCase { std::string_view format; Arg arg; std::vector<int64_t> stars; Outcome outcome; std::string_view expected; };

const IntCase kIntCases[] = {
    {42, "", kOk, "42"},
    {42, "5d", kOk, "   42"},
    {-42, "05d", kOk, "-0042"},
    {1234567, ",", kOk, "1,234,567"},
    {1234567, "_", kOk, "1_234_567"},
    {1234, "010,", kOk, "00,001,234"},
    {1234, "09,", kOk, "0,001,234"},
    {12345, "0=12_x", kOk, "00_0000_3039"},
    {255, "#010_x", kOk, "0x000_00ff"},
    {255, "#X", kOk, "0XFF"},
    {255, "#o", kOk, "0o377"},
    {5, "#b", kOk, "0b101"},
    {5, "08b", kOk, "00000101"},
    {-5, "+08b", kOk, "-0000101"},
    {255, "x", kOk, "ff"},
    {65, "c", kOk, "A"},
    {8364, "^5c", kOk, "  €  "},
    {128512, "c", kOk, "😀"},
    {-1, "c", kOverflow, "%c arg not in range(0x110000)"},
    {1114112, "c", kOverflow, "%c arg not in range(0x110000)"},
    {42, ".2f", kOk, "42.00"},
    {42, "e", kOk, "4.200000e+01"},
    {42, "%", kOk, "4200.000000%"},
    {9223372036854775807, "g", kOk, "9.22337e+18"},
    {9223372036854775807, ".20g", kOk, "9223372036854775808"},
    {INT64_MIN, "x", kOk, "-8000000000000000"},
    {INT64_MIN, ",", kOk, "-9,223,372,036,854,775,808"},
    {1, ".2", kValue, "Precision not allowed in integer format specifier"},
    {1, "z", kValue, "Negative zero coercion (z) not allowed in integer format specifier"},
    {1, "+c", kValue, "Sign not allowed with integer format specifier 'c'"},
    {1, "#c", kValue, "Alternate form (#) not allowed with integer format specifier 'c'"},
    {1, ",c", kValue, "Cannot specify ',' with 'c'."},
    {1, ",_", kValue, "Cannot specify both ',' and '_'."},
    {1, "_,", kValue, "Cannot specify both ',' and '_'."},
    {1, ".", kValue, "Format specifier missing precision"},
    {1, "1xx", kValue, "Invalid format specifier '1xx' for object of type 'int'"},
    {1, "zz", kValue, "Unknown format code 'z' for object of type 'int'"},
    {1, "é", kValue, "Unknown format code '\\xe9' for object of type 'int'"},
    {1, ",é", kValue, "Cannot specify ',' with '\\xe9'."},
    {1, "\001", kValue, "Unknown format code '\\x1' for object of type 'int'"},
    {3, "_n", kValue, "Cannot specify '_' with 'n'."},
    {1234567, "n", kOk, "1234567"},
    {1234567, "015n", kOk, "000000001234567"},
    {1, "99999999999999999999", kValue, "Too many decimal digits in format string"},
    {42, "s", kValue, "Unknown format code 's' for object of type 'int'"},
    {7, "€^9", kOk, "€€€€7€€€€"},
    {7, "+", kOk, "+7"},
    {7, " ", kOk, " 7"},
    {-7, " ", kOk, "-7"},
    {7, "-", kOk, "7"},
    {0, "=+5", kOk, "+   0"},
    {10, "<5", kOk, "10   "},
    {10, "^6", kOk, "  10  "},
    {10, "x^7,", kOk, "xx10xxx"},
    {1114112, "23o", kOk, "                4200000"},
    {1234567, "22%", kOk, "     123456700.000000%"},
    {1, "010.13f", kOk, "1.0000000000000"},
    {9223372036854775807, "0<F", kOk, "9223372036854775808.000000"},
    {24624954, "-%", kOk, "2462495400.000000%"},
    {42, " z0.7G", kOk, " 42"},
    {INT64_MIN, ".18x", kValue, "Precision not allowed in integer format specifier"},
    {-6479256861774027, "+21F", kOk, "-6479256861774027.000000"},
    {-255, "0<2,G", kOk, "-255"},
    {9165, "<+#e", kOk, "+9.165000e+03"},
    {1234567, "€>6_,.5F", kValue, "Cannot specify both ',' and '_'."},
    {1234567, "14X", kOk, "        12D687"},
    {1234567, "0_,.4%", kValue, "Cannot specify both ',' and '_'."},
    {1000, "1.13d", kValue, "Precision not allowed in integer format specifier"},
    {-2863, "0.18c", kValue, "Precision not allowed in integer format specifier"},
    {22429719520111, "#18", kOk, "    22429719520111"},
    {-3164783362, "-24.14x", kValue, "Precision not allowed in integer format specifier"},
    {609076367842658, "_> ,x", kValue, "Cannot specify ',' with 'x'."},
    {8364, "11c", kOk, "          €"},
    {-44489, "+", kOk, "-44489"},
    {6923692, "+f", kOk, "+6923692.000000"},
    {-1000, " 013G", kOk, "-000000001000"},
    {65, "x>13.4o", kValue, "Precision not allowed in integer format specifier"},
    {8364, "-#0.18E", kOk, "8.364000000000000000E+03"},
    {-1850704699, "#.14f", kOk, "-1850704699.00000000000000"},
    {7, " 06", kOk, " 00007"},
    {43620178992849650, "b", kOk, "10011010111110000101001001011001111010000110001011110010"},
    {1114111, "-,_d", kValue, "Cannot specify both ',' and '_'."},
    {1000000000000000, "011%", kOk, "100000000000000000.000000%"},
    {-6645320849, "3", kOk, "-6645320849"},
    {2147483648, "", kOk, "2147483648"},
    {951885854256, "23", kOk, "           951885854256"},
    {37074970882843779, " 4,.3o", kValue, "Cannot specify ',' with 'o'."},
    {-1000000000000000, "*=,_", kValue, "Cannot specify both ',' and '_'."},
    {-283943102037858678, "#0b", kOk, "-0b1111110000110001001011111100110101011000111001100101110110"},
    {1234567, "^ z#0.6%", kOk, " 123456700.000000%"},
    {65, "20.11d", kValue, "Precision not allowed in integer format specifier"},
    {42, ">18f", kOk, "         42.000000"},
    {7, "#0.19g", kOk, "7.000000000000000000"},
    {911477545968991, "7E", kOk, "9.114775E+14"},
    {-1000000000000000, "7F", kOk, "-1000000000000000.000000"},
    {-902917853782825, "15E", kOk, "  -9.029179E+14"},
    {5398702674622607, "<+0d", kOk, "+5398702674622607"},
    {1000, ".5G", kOk, "1000"},
    {-1, "z.4s", kValue, "Unknown format code 's' for object of type 'int'"},
    {-42, "+e", kOk, "-4.200000e+01"},
    {-1000, "0X", kOk, "-3E8"},
    {1114111, "*=o", kOk, "4177777"},
    {-1234567, " #3X", kOk, "-0X12D687"},
    {-91600565018917, "^017,_d", kValue, "Cannot specify both ',' and '_'."},
    {-121427019186, "=z#", kValue, "Negative zero coercion (z) not allowed in integer format specifier"},
    {573348835333129291, " 05", kOk, " 573348835333129291"},
    {31765931, "013.8s", kValue, "Unknown format code 's' for object of type 'int'"},
    {8709139, "€>#3.19", kValue, "Precision not allowed in integer format specifier"},
    {-529434352422, "^+#020,F", kOk, "-529,434,352,422.000000"},
    {65, "-_,.20", kValue, "Cannot specify both ',' and '_'."},
    {-8395489, "^0", kOk, "-8395489"},
    {-1000, "016s", kValue, "Unknown format code 's' for object of type 'int'"},
    {55096443, "+013,_n", kValue, "Cannot specify both ',' and '_'."},
    {INT64_MIN, " ^", kOk, "-9223372036854775808"},
    {-1, "20", kOk, "                  -1"},
    {6317211728489327, "1G", kOk, "6.31721E+15"},
    {-1, "_=02.11b", kValue, "Precision not allowed in integer format specifier"},
    {1000, " 0.11s", kValue, "Unknown format code 's' for object of type 'int'"},
    {7, "z21c", kValue, "Negative zero coercion (z) not allowed in integer format specifier"},
    {-255, "0.13g", kOk, "-255"},
    {8364, "z.8", kValue, "Precision not allowed in integer format specifier"},
    {-1000000000000000, "_,.9", kValue, "Cannot specify both ',' and '_'."},
    {-1, "*^3,.17f", kOk, "-1.00000000000000000"},
    {INT64_MIN, "24g", kOk, "            -9.22337e+18"},
    {128512, "23", kOk, "                 128512"},
    {-1234567, "<1n", kOk, "-1234567"},
    {-255, "-.5F", kOk, "-255.00000"},
    {-42, "#020c", kValue, "Alternate form (#) not allowed with integer format specifier 'c'"},
    {-5765981152, "<4.5E", kOk, "-5.76598E+09"},
    {128512, "z0.9F", kOk, "128512.000000000"},
    {1114112, "=3d", kOk, "1114112"},
    {7, ",.6F", kOk, "7.000000"},
    {-1000000000000000, "€=014", kOk, "-1000000000000000"},
    {83791044615984, "s", kValue, "Unknown format code 's' for object of type 'int'"},
};
const BoolCase kBoolCases[] = {
    {true, ">6", kOk, "     1"},
    {false, "d", kOk, "0"},
    {true, "x>4", kOk, "xxx1"},
    {true, "q", kValue, "Unknown format code 'q' for object of type 'bool'"},
    {true, ".1f", kOk, "1.0"},
};
const FloatCase kFloatCases[] = {
    {1.5, "", kOk, "1.5"},
    {1e+16, "", kOk, "1e+16"},
    {-0.0, "", kOk, "-0.0"},
    {kNan, "", kOk, "nan"},
    {0.1, ".3f", kOk, "0.100"},
    {3.14159, "8.3f", kOk, "   3.142"},
    {0.5, ".1%", kOk, "50.0%"},
    {1234567.891, ",.2f", kOk, "1,234,567.89"},
    {1234567.891, "_.2f", kOk, "1_234_567.89"},
    {1234.5, ".2", kOk, "1.2e+03"},
    {12.0, ".3", kOk, "12.0"},
    {123.0, ".3", kOk, "1.23e+02"},
    {1.0, "#g", kOk, "1.00000"},
    {1.5, "#.3g", kOk, "1.50"},
    {1.0, "#", kOk, "1.0"},
    {1.0, "#.0f", kOk, "1."},
    {1.0, "#.0e", kOk, "1.e+00"},
    {-0.0, "z", kOk, "0.0"},
    {-0.0001, "z.2f", kOk, "0.00"},
    {-1e-10, "z.2e", kOk, "-1.00e-10"},
    {kInf, "010", kOk, "0000000inf"},
    {kNan, "+010,", kOk, "+000000nan"},
    {-kInf, "F", kOk, "-INF"},
    {kNan, "E", kOk, "NAN"},
    {1e+300, ".2f", kOk, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"},
    {5e-324, ".1100f", kOk, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000"},
    {5e-324, ".30e", kOk, "4.940656458412465441765687928682e-324"},
    {0.3333333333333333, ".2000g", kOk, "0.333333333333333314829616256247390992939472198486328125"},
    {0.3333333333333333, "#.30g", kOk, "0.333333333333333314829616256247"},
    {2.5, ".0f", kOk, "2"},
    {3.5, ".0f", kOk, "4"},
    {0.125, ".2f", kOk, "0.12"},
    {0.375, ".2f", kOk, "0.38"},
    {2.675, ".2f", kOk, "2.67"},
    {1e+22, "f", kOk, "10000000000000000000000.000000"},
    {1e+23, "f", kOk, "99999999999999991611392.000000"},
    {123456.789, "e", kOk, "1.234568e+05"},
    {123456.789, "E", kOk, "1.234568E+05"},
    {123456.789, "g", kOk, "123457"},
    {1e-05, "g", kOk, "1e-05"},
    {0.0001, "g", kOk, "0.0001"},
    {123456789.0, "n", kOk, "1.23457e+08"},
    {1234.5, "012,.1f", kOk, "00,001,234.5"},
    {1234.5, "0=+12,.1f", kOk, "+0,001,234.5"},
    {-1234.5, "*^15,.1f", kOk, "***-1,234.5****"},
    {0.000123, ".3n", kOk, "0.000123"},
    {1.5, "d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {1.5, ".2x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {1.5, "xx", kValue, "Invalid format specifier 'xx' for object of type 'float'"},
    {1.5, ".", kValue, "Format specifier missing precision"},
    {1.5, ".99999999999", kValue, "precision too big"},
    {1.5, "_n", kValue, "Cannot specify '_' with 'n'."},
    {1.5, ",d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {42.0, "€>10", kOk, "€€€€€€42.0"},
    {-746103.8536753593, "08.3n", kOk, "-7.46e+05"},
    {112401.4019154599, " 15_F", kOk, " 112_401.401915"},
    {-233292.54000844574, ">0_%", kOk, "-23_329_254.000845%"},
    {kNan, ".20x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-8497993000000.0, ",E", kOk, "-8.497993E+12"},
    {-611535.2747759093, "-15_,", kValue, "Cannot specify both ',' and '_'."},
    {1.4331678274035064e-269, "0,.5f", kOk, "0.00000"},
    {681248.6514420204, "#.11E", kOk, "6.81248651442E+05"},
    {76415.94241273939, "0G", kOk, "76415.9"},
    {1e+16, "f", kOk, "10000000000000000.000000"},
    {-1.651835196517218e-268, "*>#19.19E", kOk, "-1.6518351965172180279E-268"},
    {1.7010778137579463e-236, "-%", kOk, "0.000000%"},
    {0.125, "#_", kOk, "0.125"},
    {-7.868111e+16, "*>-#18,n", kValue, "Cannot specify ',' with 'n'."},
    {1.6319632398563069e-298, "#20_,.19g", kValue, "Cannot specify both ',' and '_'."},
    {99.995, "15g", kOk, "         99.995"},
    {1e+22, "^.3f", kOk, "10000000000000000000000.000"},
    {-142417.50718186656, "010.15x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {0.010425396837823998, "25F", kOk, "                 0.010425"},
    {-629093.9806210392, "^-.13g", kOk, "-629093.980621"},
    {3701520000000.0, "20F", kOk, "3701520000000.000000"},
    {-0.042100000000000005, "#_%", kOk, "-4.210000%"},
    {-659561.4033277321, "#0G", kOk, "-659561."},
    {-9.914404e-06, "#12F", kOk, "   -0.000010"},
    {-5.57568e+22, "-.2%", kOk, "-5575679999999999731564544.00%"},
    {-125918.33123065089, "_=23", kOk, "-____125918.33123065089"},
    {2.160111359980981e+185, "#g", kOk, "2.16011e+185"},
    {103202.50302144187, "#12n", kOk, "     103203."},
    {281632.15345673217, " ,.13%", kOk, " 28,163,215.3456732183695%"},
    {-1.8849451432881334e-75, "=3,_.14", kValue, "Cannot specify both ',' and '_'."},
    {-625511.5690342323, "*=#d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {-175520.71343349083, "g", kOk, "-175521"},
    {687510000.0, "#18", kOk, "       687510000.0"},
    {-1.07386, "^x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {66954900000.0, ".12", kOk, "66954900000.0"},
    {-3.65e+22, "-0.3", kOk, "-3.65e+22"},
    {-192533.6177465535, "022f", kOk, "-00000000192533.617747"},
    {92850000000000.0, "€=+", kOk, "+92850000000000.0"},
    {3.994316016249334e-97, "2_,d", kValue, "Cannot specify both ',' and '_'."},
    {0.0, "x^ 5.4x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-798728.4904878611, " z23x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-3.42e+22, "-", kOk, "-3.42e+22"},
    {-2.582555e+16, " 22e", kOk, "         -2.582555e+16"},
    {2.2429450639630286e-300, " ^0f", kOk, "0.000000"},
    {-3241.2, "^025_,G", kValue, "Cannot specify both ',' and '_'."},
    {-1.2084795696445147e+34, "7.6", kOk, "-1.20848e+34"},
    {-1.8730000880617206e+110, "g", kOk, "-1.873e+110"},
    {277106.52938839, ".11", kOk, "277106.52939"},
    {235137.07037215587, "#0,_.11g", kValue, "Cannot specify both ',' and '_'."},
    {47800000000000.0, "*>19.17F", kOk, "47800000000000.00000000000000000"},
    {8801000.0, "=0", kOk, "8801000.0"},
    {0.0001, " <,_", kValue, "Cannot specify both ',' and '_'."},
    {-14253100.0, " _,f", kValue, "Cannot specify both ',' and '_'."},
    {9.582, "z014x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {692926.5739796173, "-#,_", kValue, "Cannot specify both ',' and '_'."},
    {-956212.080466665, "z", kOk, "-956212.080466665"},
    {-9.735879150673023e-41, "_>021x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {0.0001, "18.20x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-4.92908e+19, "#7,n", kValue, "Cannot specify ',' with 'n'."},
    {533060.6655138957, "17.4e", kOk, "       5.3306e+05"},
    {-540847.376438188, "=0E", kOk, "-5.408474E+05"},
    {3.448330739212492e+120, " z#G", kOk, " 3.44833E+120"},
    {-0.076824, "016", kOk, "-00000000.076824"},
    {2.0657328745769506e+75, "#1.7", kOk, "2.065733e+75"},
    {kNan, "-15.11e", kOk, "            nan"},
    {-967832.5883313399, "_<d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {2.0001935765660578e-120, "0<1.17%", kOk, "0.00000000000000000%"},
    {1e+23, "0>-.15F", kOk, "99999999999999991611392.000000000000000"},
    {-0.0008467, "10", kOk, "-0.0008467"},
    {-kInf, "18e", kOk, "              -inf"},
    {0.0001, " = #,%", kOk, " 0.010000%"},
    {119605000000000.0, "<x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {37622.796645796276, "€^+017.10E", kOk, "+3.7622796646E+04"},
    {-0.00759123206526777, "x>+#0g", kOk, "-0.00759123"},
    {-673104.4824732132, "0=09.15F", kOk, "-673104.482473213225603"},
    {-690573.5764907735, "z8_,.4E", kValue, "Cannot specify both ',' and '_'."},
    {91338330.0, " =#024,_.6E", kValue, "Cannot specify both ',' and '_'."},
    {-0.303, "+4_,.5G", kValue, "Cannot specify both ',' and '_'."},
    {0.375, "-.20", kOk, "0.375"},
    {744383.3142610658, "_,g", kValue, "Cannot specify both ',' and '_'."},
    {-9.643e-05, "", kOk, "-9.643e-05"},
    {1.8031526696519428e-56, "#0.7g", kOk, "1.803153e-56"},
    {866000000000000.0, "= #18x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-1.9290538858820058e+109, "_>+9", kOk, "-1.9290538858820058e+109"},
    {1.5, " #_.9F", kOk, " 1.500000000"},
    {701048.2148206776, "^19n", kOk, "      701048       "},
    {892331.594327258, ">24d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {-16900000.0, "_", kOk, "-16_900_000.0"},
    {-4606440000.0, "€< 2G", kOk, "-4.60644E+09"},
    {659765.2615137373, "z0d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {-2.4054983906259235e-99, "<z5", kOk, "-2.4054983906259235e-99"},
    {-3.6139425120023005e-260, ",f", kOk, "-0.000000"},
    {-548722.965524403, "z10.15E", kOk, "-5.487229655244030E+05"},
    {-7935500000.0, "24x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-452552.6583470773, ".17x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-1.5, "19F", kOk, "          -1.500000"},
    {5.526e+16, "+#,.1", kOk, "+6.e+16"},
    {-814720.0, "-15,_", kValue, "Cannot specify both ',' and '_'."},
    {859093.8150445498, "2", kOk, "859093.8150445498"},
    {-9.193056472987994e-124, "#%", kOk, "-0.000000%"},
    {-1.3719855672343493e+181, "=11_,e", kValue, "Cannot specify both ',' and '_'."},
    {-2.583268396262337e+105, " 0d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {1.9371657830074337e-75, "1d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {564920.5017165374, "^-25.19%", kOk, "56492050.1716537401080131531%"},
    {1.4100621718355582e-247, "019,_.15F", kValue, "Cannot specify both ',' and '_'."},
    {0.1, "6E", kOk, "1.000000E-01"},
    {225.2, "^.19d", kValue, "Unknown format code 'd' for object of type 'float'"},
    {33047000000.000004, " 15E", kOk, "   3.304700E+10"},
    {-87850000000.0, "= ", kOk, "-87850000000.0"},
    {11201400000.0, "#.4", kOk, "1.120e+10"},
    {kNan, ".15f", kOk, "nan"},
    {38866660.0, "_<#.15x", kValue, "Unknown format code 'x' for object of type 'float'"},
    {-1.5539329632785724e+136, "22.16%", kOk, "-1553932963278572444892327642876425505243062382706746595506335096092391010349666861699479473109955452651725309177213944764431192859003060224.0000000000000000%"},
    {99.995, ",e", kOk, "9.999500e+01"},
    {-482520.0, " #.10F", kOk, "-482520.0000000000"},
    {-kInf, "+#2g", kOk, "-inf"},
    {0.0, "+e", kOk, "+0.000000e+00"},
    {104793.89130755351, "#,.3F", kOk, "104,793.891"},
    {-190020.94842832524, "E", kOk, "-1.900209E+05"},
    {4.3480904357055095e+85, "04.15e", kOk, "4.348090435705509e+85"},
};
const StrCase kStrCases[] = {
    {"abc", "", kOk, "abc"},
    {"abc", "10", kOk, "abc       "},
    {"abc", ">10", kOk, "       abc"},
    {"abc", "^10", kOk, "   abc    "},
    {"abc", "*^9", kOk, "***abc***"},
    {"héllo", "€<8", kOk, "héllo€€€"},
    {"日本語", "^7", kOk, "  日本語  "},
    {"hello", ".2", kOk, "he"},
    {"héllo", "5.3", kOk, "hél  "},
    {"😀x", ">4", kOk, "  😀x"},
    {"a", "+", kValue, "Sign not allowed in string format specifier"},
    {"a", " ", kValue, "Space not allowed in string format specifier"},
    {"a", "-", kValue, "Sign not allowed in string format specifier"},
    {"a", "z", kValue, "Negative zero coercion (z) not allowed in string format specifier"},
    {"a", "#", kValue, "Alternate form (#) not allowed in string format specifier"},
    {"a", "=", kValue, "'=' alignment not allowed in string format specifier"},
    {"a", "0=5", kValue, "'=' alignment not allowed in string format specifier"},
    {"a", "05", kOk, "a0000"},
    {"a", "d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"a", ",s", kValue, "Cannot specify ',' with 's'."},
    {"a", "_", kValue, "Cannot specify '_' with 's'."},
    {"abc", "=^xx", kValue, "Invalid format specifier '=^xx' for object of type 'str'"},
    {"abc", "1xx", kValue, "Invalid format specifier '1xx' for object of type 'str'"},
    {"a", ".", kValue, "Format specifier missing precision"},
    {"abc", "s", kOk, "abc"},
    {"", "d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"a", "6f", kValue, "Unknown format code 'f' for object of type 'str'"},
    {"日本語テキスト", "^z9d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"a", "+015.19s", kValue, "Sign not allowed in string format specifier"},
    {"it's", "^-12d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"日本語テキスト", "^z14", kValue, "Negative zero coercion (z) not allowed in string format specifier"},
    {"héllo wörld", "#6s", kValue, "Alternate form (#) not allowed in string format specifier"},
    {"it's", " 9s", kValue, "Space not allowed in string format specifier"},
    {"héllo wörld", "-16_,.19s", kValue, "Cannot specify both ',' and '_'."},
    {"hello", " z6_,s", kValue, "Cannot specify both ',' and '_'."},
    {"", "=11.3s", kValue, "'=' alignment not allowed in string format specifier"},
    {"hello", "^019_,.5s", kValue, "Cannot specify both ',' and '_'."},
    {"héllo wörld", "#23s", kValue, "Alternate form (#) not allowed in string format specifier"},
    {"héllo wörld", "-17.7f", kValue, "Unknown format code 'f' for object of type 'str'"},
    {"😀x", " #3,", kValue, "Cannot specify ',' with 's'."},
    {"日本語テキスト", "_^.14s", kOk, "日本語テキスト"},
    {"日本語テキスト", "d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"a", " =7_s", kValue, "Cannot specify '_' with 's'."},
    {"hello", "^3.4", kOk, "hell"},
    {"a", "1,_d", kValue, "Cannot specify both ',' and '_'."},
    {"😀x", "x>#25", kValue, "Alternate form (#) not allowed in string format specifier"},
    {"hello", ">.20d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"😀x", ">24", kOk, "                      😀x"},
    {"it's", "-#18.3s", kValue, "Sign not allowed in string format specifier"},
    {"", "018s", kOk, "000000000000000000"},
    {"😀x", "023d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"héllo wörld", "f", kValue, "Unknown format code 'f' for object of type 'str'"},
    {"", "x< 13_.20d", kValue, "Unknown format code 'd' for object of type 'str'"},
    {"héllo wörld", ">#f", kValue, "Unknown format code 'f' for object of type 'str'"},
    {"it's", "*> z#3s", kValue, "Space not allowed in string format specifier"},
};
const std::pair<double, std::string_view> kReprCases[] = {
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {0.1, "0.1"},
    {0.30000000000000004, "0.30000000000000004"},
    {1.0, "1.0"},
    {-1.5, "-1.5"},
    {1e+16, "1e+16"},
    {1000000000000000.0, "1000000000000000.0"},
    {123456789012345.0, "123456789012345.0"},
    {1234567890123456.0, "1234567890123456.0"},
    {1.2345678901234568e+16, "1.2345678901234568e+16"},
    {1.2345678901234567e+19, "1.2345678901234567e+19"},
    {0.0001, "0.0001"},
    {1e-05, "1e-05"},
    {0.00012345, "0.00012345"},
    {5e-324, "5e-324"},
    {2.2250738585072014e-308, "2.2250738585072014e-308"},
    {1.7976931348623157e+308, "1.7976931348623157e+308"},
    {1e+22, "1e+22"},
    {1e+23, "1e+23"},
    {2.000000000000001e+16, "2.000000000000001e+16"},
    {9007199254740992.0, "9007199254740992.0"},
    {kInf, "inf"},
    {-kInf, "-inf"},
    {kNan, "nan"},
    {0.3333333333333333, "0.3333333333333333"},
    {0.6666666666666666, "0.6666666666666666"},
    {100.0, "100.0"},
    {1e+100, "1e+100"},
    {3.141592653589793, "3.141592653589793"},
    {7.85493932068324e+217, "7.85493932068324e+217"},
    {165730.2644420187, "165730.2644420187"},
    {-30200000000.0, "-30200000000.0"},
    {968949.4135026413, "968949.4135026413"},
    {973774.8276296309, "973774.8276296309"},
    {8710000000000.0, "8710000000000.0"},
    {6.12105e+20, "6.12105e+20"},
    {-850162.0334887063, "-850162.0334887063"},
    {-274484.35475206387, "-274484.35475206387"},
    {2.858152449441503e+128, "2.858152449441503e+128"},
    {-2.31544766761319e-166, "-2.31544766761319e-166"},
    {-0.0070599999999999994, "-0.0070599999999999994"},
    {462194.40233797836, "462194.40233797836"},
    {-413406.6259700564, "-413406.6259700564"},
    {507000.0, "507000.0"},
};
const std::pair<std::string_view, std::string_view> kStrReprCases[] = {
    {"", "''"},
    {"a", "'a'"},
    {"hello", "'hello'"},
    {"it's", "\"it's\""},
    {"say \"hi\"", "'say \"hi\"'"},
    {"both ' and \"", "'both \\' and \"'"},
    {"back\\slash", "'back\\\\slash'"},
    {"tab\011nl\012ret\015", "'tab\\tnl\\nret\\r'"},
    {"\000\001\037\177"sv, "'\\x00\\x01\\x1f\\x7f'"},
    {"\302\200\302\237\302\240¡\302\255ÿ", "'\\x80\\x9f\\xa0¡\\xadÿ'"},
    {"héllo", "'héllo'"},
    {"日本語", "'日本語'"},
    {"😀", "'😀'"},
    {"\342\200\213\342\200\250\342\200\251\343\200\200", "'\\u200b\\u2028\\u2029\\u3000'"},
    {"\355\240\200\355\277\277", "'\\ud800\\udfff'"},
    {"\356\200\200\357\243\277", "'\\ue000\\uf8ff'"},
    {"\357\273\277\357\277\276\357\277\277", "'\\ufeff\\ufffe\\uffff'"},
    {"\363\240\200\201\364\217\277\277", "'\\U000e0001\\U0010ffff'"},
};
const BaseCase kBaseCases[] = {
    {0, 2, "0b0"},
    {5, 2, "0b101"},
    {-5, 2, "-0b101"},
    {15, 8, "0o17"},
    {-15, 8, "-0o17"},
    {31, 16, "0x1f"},
    {-31, 16, "-0x1f"},
    {255, 16, "0xff"},
    {9223372036854775807, 16, "0x7fffffffffffffff"},
    {INT64_MIN, 16, "-0x8000000000000000"},
    {INT64_MIN, 2, "-0b1000000000000000000000000000000000000000000000000000000000000000"},
    {INT64_MIN, 8, "-0o1000000000000000000000"},
    {INT64_MIN, 10, "-9223372036854775808"},
    {0, 16, "0x0"},
    {0, 8, "0o0"},
};
const ParseIntCase kParseIntCases[] = {
    {std::string("0"), 10, kOk, "0"},
    {std::string("-0"), 10, kOk, "0"},
    {std::string("+5"), 10, kOk, "5"},
    {std::string("  -42 "), 10, kOk, "-42"},
    {std::string("\0117\012"), 10, kOk, "7"},
    {std::string("1_000"), 10, kOk, "1000"},
    {std::string("1__0"), 10, kValue, "invalid literal for int() with base 10: '1__0'"},
    {std::string("_1"), 10, kValue, "invalid literal for int() with base 10: '_1'"},
    {std::string("1_"), 10, kValue, "invalid literal for int() with base 10: '1_'"},
    {std::string("0x1f"), 16, kOk, "31"},
    {std::string("0X1F"), 0, kOk, "31"},
    {std::string("0o17"), 0, kOk, "15"},
    {std::string("0b101"), 0, kOk, "5"},
    {std::string("0b_101"), 0, kOk, "5"},
    {std::string("0x_"), 0, kValue, "invalid literal for int() with base 0: '0x_'"},
    {std::string("0x__1"), 0, kValue, "invalid literal for int() with base 0: '0x__1'"},
    {std::string("0x1f"), 0, kOk, "31"},
    {std::string("010"), 0, kValue, "invalid literal for int() with base 0: '010'"},
    {std::string("00"), 0, kOk, "0"},
    {std::string("0_0"), 0, kOk, "0"},
    {std::string("ff"), 16, kOk, "255"},
    {std::string("FF"), 16, kOk, "255"},
    {std::string("zz"), 36, kOk, "1295"},
    {std::string("Z"), 36, kOk, "35"},
    {std::string("zz"), 35, kValue, "invalid literal for int() with base 35: 'zz'"},
    {std::string("9223372036854775807"), 10, kOk, "9223372036854775807"},
    {std::string("-9223372036854775808"), 10, kOk, "-9223372036854775808"},
    {std::string("9223372036854775808"), 10, kOverflow, "int too large to fit in 64 bits"},
    {std::string("-9223372036854775809"), 10, kOverflow, "int too large to fit in 64 bits"},
    {std::string("99999999999999999999999"), 10, kOverflow, "int too large to fit in 64 bits"},
    {std::string("7fffffffffffffff"), 16, kOk, "9223372036854775807"},
    {std::string("8000000000000000"), 16, kOverflow, "int too large to fit in 64 bits"},
    {std::string("-8000000000000000"), 16, kOk, "-9223372036854775808"},
    {std::string("abc"), 10, kValue, "invalid literal for int() with base 10: 'abc'"},
    {std::string(""), 10, kValue, "invalid literal for int() with base 10: ''"},
    {std::string("  "), 10, kValue, "invalid literal for int() with base 10: '  '"},
    {std::string("1 2"), 10, kValue, "invalid literal for int() with base 10: '1 2'"},
    {std::string("１２"), 10, kOk, "12"},
    {std::string("١٢٣"), 0, kOk, "123"},
    {std::string("\302\24012\343\200\200"), 10, kOk, "12"},
    {std::string("12\000"sv), 10, kValue, "invalid literal for int() with base 10: '12\\x00'"},
    {std::string("0b102"), 0, kValue, "invalid literal for int() with base 0: '0b102'"},
    {std::string("0x1g"), 16, kValue, "invalid literal for int() with base 16: '0x1g'"},
    {std::string("1e5"), 10, kValue, "invalid literal for int() with base 10: '1e5'"},
    {std::string("+-1"), 10, kValue, "invalid literal for int() with base 10: '+-1'"},
    {std::string("- 1"), 10, kValue, "invalid literal for int() with base 10: '- 1'"},
    {std::string("it's"), 10, kValue, "invalid literal for int() with base 10: \"it's\""},
    {std::string(300, '1'), 10, kOverflow, "int too large to fit in 64 bits"},
    {std::string("000000000000000000000000000000000000000000000000001"), 10, kOk, "1"},
    {std::string(4301, '0'), 10, kValue, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
    {std::string(4400, '1') + "x", 10, kValue, "Exceeds the limit (4300 digits) for integer string conversion: value has 4400 digits; use sys.set_int_max_str_digits() to increase the limit"},
    {std::string(5000, '1'), 16, kOverflow, "int too large to fit in 64 bits"},
    {std::string("5"), 1, kValue, "int() base must be >= 2 and <= 36, or 0"},
    {std::string("5"), 37, kValue, "int() base must be >= 2 and <= 36, or 0"},
    {std::string("5"), -1, kValue, "int() base must be >= 2 and <= 36, or 0"},
    {std::string("12"), 3, kOk, "5"},
    {std::string("0b1"), 16, kOk, "177"},
    {std::string("0x"), 16, kValue, "invalid literal for int() with base 16: '0x'"},
    {std::string("b1"), 16, kOk, "177"},
};
const ParseFloatCase kParseFloatCases[] = {
    {"1.5", kOk, "1.5"},
    {"  1.5e3 ", kOk, "1500.0"},
    {"inf", kOk, "inf"},
    {"-inf", kOk, "-inf"},
    {"+inf", kOk, "inf"},
    {"Infinity", kOk, "inf"},
    {"-iNfInItY", kOk, "-inf"},
    {"nan", kOk, "nan"},
    {"-nan", kOk, "nan"},
    {"+NaN", kOk, "nan"},
    {"1_000.5", kOk, "1000.5"},
    {"1__0", kValue, "could not convert string to float: '1__0'"},
    {"_1", kValue, "could not convert string to float: '_1'"},
    {"1_", kValue, "could not convert string to float: '1_'"},
    {"1_.5", kValue, "could not convert string to float: '1_.5'"},
    {"1._5", kValue, "could not convert string to float: '1._5'"},
    {"1e1_0", kOk, "10000000000.0"},
    {"1_e5", kValue, "could not convert string to float: '1_e5'"},
    {".5", kOk, "0.5"},
    {"5.", kOk, "5.0"},
    {".", kValue, "could not convert string to float: '.'"},
    {"e5", kValue, "could not convert string to float: 'e5'"},
    {"1e", kValue, "could not convert string to float: '1e'"},
    {"1e+", kValue, "could not convert string to float: '1e+'"},
    {"1e-5", kOk, "1e-05"},
    {"-.5e-3", kOk, "-0.0005"},
    {"+1.", kOk, "1.0"},
    {"1e500", kOk, "inf"},
    {"-1e500", kOk, "-inf"},
    {"1e-400", kOk, "0.0"},
    {"-1e-400", kOk, "-0.0"},
    {"2e-324", kOk, "0.0"},
    {"3e-324", kOk, "5e-324"},
    {"0x1p3", kValue, "could not convert string to float: '0x1p3'"},
    {"abc", kValue, "could not convert string to float: 'abc'"},
    {"", kValue, "could not convert string to float: ''"},
    {"  ", kValue, "could not convert string to float: '  '"},
    {"1 2", kValue, "could not convert string to float: '1 2'"},
    {"１.５", kOk, "1.5"},
    {"\302\2401.5\343\200\200", kOk, "1.5"},
    {"1.5\000"sv, kValue, "could not convert string to float: '1.5\\x00'"},
    {"infinit", kValue, "could not convert string to float: 'infinit'"},
    {"nana", kValue, "could not convert string to float: 'nana'"},
    {"in f", kValue, "could not convert string to float: 'in f'"},
    {"0.1", kOk, "0.1"},
    {"123456789012345678901234567890", kOk, "1.2345678901234568e+29"},
    {"1.7976931348623159e308", kOk, "inf"},
    {"1.7976931348623158e308", kOk, "1.7976931348623157e+308"},
    {"-0", kOk, "-0.0"},
    {"0e0", kOk, "0.0"},
    {"00.00e-00", kOk, "0.0"},
    {"1e99999999999999999999", kOk, "inf"},
    {"1e-99999999999999999999", kOk, "0.0"},
    {"9007199254740993", kOk, "9007199254740992.0"},
    {"2.2250738585072011e-308", kOk, "2.225073858507201e-308"},
};
const RoundCase kRoundCases[] = {
    {2.5, 0, kOk, "2.0"},
    {0.5, 0, kOk, "0.0"},
    {1.5, 0, kOk, "2.0"},
    {-0.5, 0, kOk, "-0.0"},
    {-2.5, 0, kOk, "-2.0"},
    {0.125, 2, kOk, "0.12"},
    {0.375, 2, kOk, "0.38"},
    {2.675, 2, kOk, "2.67"},
    {1234.5, -1, kOk, "1230.0"},
    {1250.5, -2, kOk, "1300.0"},
    {1250.0, -2, kOk, "1200.0"},
    {1350.0, -2, kOk, "1400.0"},
    {-1350.0, -2, kOk, "-1400.0"},
    {5e-324, 323, kOk, "0.0"},
    {5e-324, 400, kOk, "5e-324"},
    {1.7976931348623157e+308, -308, kOverflow, "rounded value too large to represent"},
    {1.7976931348623157e+308, -307, kOverflow, "rounded value too large to represent"},
    {1.7976931348623157e+308, -309, kOk, "0.0"},
    {9.5, 0, kOk, "10.0"},
    {0.05, 1, kOk, "0.1"},
    {-0.0, 2, kOk, "-0.0"},
    {1e+300, -300, kOk, "1e+300"},
    {5e+299, -300, kOk, "1e+300"},
    {4.9e+299, -300, kOk, "0.0"},
    {123.456, 1000, kOk, "123.456"},
    {123.456, -1000, kOk, "0.0"},
    {kInf, 2, kOk, "inf"},
    {kNan, 2, kOk, "nan"},
    {0.285, 2, kOk, "0.28"},
    {1.005, 2, kOk, "1.0"},
    {-1.005, 2, kOk, "-1.0"},
    {99.995, 2, kOk, "100.0"},
    {1e-320, 322, kOk, "1e-320"},
    {0.1, 20, kOk, "0.1"},
    {9007199254740992.0, -1, kOk, "9007199254740990.0"},
    {123456.789, -3, kOk, "123000.0"},
    {0.0001234, 5, kOk, "0.00012"},
    {5.004e+20, 2, kOk, "5.004e+20"},
    {-694175.4173756434, 9, kOk, "-694175.417375643"},
    {-834352.5136450159, 10, kOk, "-834352.5136450159"},
    {-2.8608118490271717e-238, 9, kOk, "-0.0"},
    {-8.147604054584451e-57, 14, kOk, "-0.0"},
    {3.598046227645807e-303, 11, kOk, "0.0"},
    {378588.24850427173, 5, kOk, "378588.2485"},
    {-69598.33418725303, 6, kOk, "-69598.334187"},
    {259933.16285929177, -3, kOk, "260000.0"},
    {-1060.0, 6, kOk, "-1060.0"},
    {5e-324, 12, kOk, "0.0"},
    {550986.7055336735, 4, kOk, "550986.7055"},
    {39003.0, -7, kOk, "0.0"},
    {99.995, 11, kOk, "99.995"},
    {6.576288693821698e+114, -9, kOk, "6.576288693821698e+114"},
};
const std::pair<double, double> kHalfEvenCases[] = {
    {0.5, 0.0},
    {1.5, 2.0},
    {2.5, 2.0},
    {-0.5, 0.0},
    {-1.5, -2.0},
    {-2.5, -2.0},
    {0.49999999999999994, 0.0},
    {2.4, 2.0},
    {-2.6, -3.0},
    {1e+16, 1e+16},
    {4503599627370497.0, 4503599627370497.0},
    {1e+300, 1e+300},
};
const PercentCase kPercentCases[] = {
    {"%d", Arg{42}, {}, kOk, "42"},
    {"%5d", Arg{-42}, {}, kOk, "  -42"},
    {"%-5d|", Arg{42}, {}, kOk, "42   |"},
    {"%05d", Arg{-42}, {}, kOk, "-0042"},
    {"%+d", Arg{42}, {}, kOk, "+42"},
    {"% d", Arg{42}, {}, kOk, " 42"},
    {"%.5d", Arg{-42}, {}, kOk, "-00042"},
    {"%x", Arg{255}, {}, kOk, "ff"},
    {"%#x", Arg{255}, {}, kOk, "0xff"},
    {"%#X", Arg{255}, {}, kOk, "0XFF"},
    {"%#o", Arg{8}, {}, kOk, "0o10"},
    {"%#010x", Arg{-255}, {}, kOk, "-0x00000ff"},
    {"%#10x", Arg{255}, {}, kOk, "      0xff"},
    {"%-#10x|", Arg{255}, {}, kOk, "0xff      |"},
    {"%#.5x", Arg{255}, {}, kOk, "0x000ff"},
    {"%-010d|", Arg{5}, {}, kOk, "5         |"},
    {"%i", Arg{INT64_MIN}, {}, kOk, "-9223372036854775808"},
    {"%u", Arg{7}, {}, kOk, "7"},
    {"%ld", Arg{7}, {}, kOk, "7"},
    {"%f", Arg{3.14159}, {}, kOk, "3.141590"},
    {"%.2f", Arg{2.675}, {}, kOk, "2.67"},
    {"%10.3f|", Arg{-3.14159}, {}, kOk, "    -3.142|"},
    {"%-10.3e|", Arg{12345.678}, {}, kOk, "1.235e+04 |"},
    {"%E", Arg{1e-10}, {}, kOk, "1.000000E-10"},
    {"%g", Arg{1e-05}, {}, kOk, "1e-05"},
    {"%g", Arg{123456789.0}, {}, kOk, "1.23457e+08"},
    {"%#g", Arg{1.0}, {}, kOk, "1.00000"},
    {"%#.0f", Arg{1.0}, {}, kOk, "1."},
    {"%.0e", Arg{2.5}, {}, kOk, "2e+00"},
    {"%G", Arg{kInf}, {}, kOk, "INF"},
    {"%F", Arg{kNan}, {}, kOk, "NAN"},
    {"%+f", Arg{kInf}, {}, kOk, "+inf"},
    {"%010.2f", Arg{-1.5}, {}, kOk, "-000001.50"},
    {"%+.3g", Arg{0.0001}, {}, kOk, "+0.0001"},
    {"%.15g", Arg{0.1}, {}, kOk, "0.1"},
    {"%.20f", Arg{0.1}, {}, kOk, "0.10000000000000000555"},
    {"%s", Arg{std::string("hello")}, {}, kOk, "hello"},
    {"%10s|", Arg{std::string("héllo")}, {}, kOk, "     héllo|"},
    {"%-10s|", Arg{std::string("日本")}, {}, kOk, "日本        |"},
    {"%.2s", Arg{std::string("héllo")}, {}, kOk, "hé"},
    {"%5.1s|", Arg{std::string("xyz")}, {}, kOk, "    x|"},
    {"%r", Arg{std::string("it's")}, {}, kOk, "\"it's\""},
    {"%10r|", Arg{std::string("a")}, {}, kOk, "       'a'|"},
    {"%c", Arg{std::string("é")}, {}, kOk, "é"},
    {"%3c", Arg{65}, {}, kOk, "  A"},
    {"%-3c|", Arg{128512}, {}, kOk, "😀  |"},
    {"%c", Arg{1114112}, {}, kOverflow, "%c arg not in range(0x110000)"},
    {"%c", Arg{-1}, {}, kOverflow, "%c arg not in range(0x110000)"},
    {"%05s", Arg{std::string("ab")}, {}, kOk, "   ab"},
    {"%+s", Arg{std::string("ab")}, {}, kOk, "ab"},
    {"%*d", Arg{5}, {6}, kOk, "     5"},
    {"%-*d|", Arg{5}, {6}, kOk, "5     |"},
    {"%*d|", Arg{5}, {-6}, kOk, "5     |"},
    {"%.*f", Arg{3.14159}, {2}, kOk, "3.14"},
    {"%.*f", Arg{3.14159}, {-2}, kOk, "3"},
    {"%*.*f|", Arg{3.14159}, {10, 3}, kOk, "     3.142|"},
    {"%.*s", Arg{std::string("hello")}, {3}, kOk, "hel"},
    {"%z", Arg{5}, {}, kValue, "unsupported format character 'z' (0x7a) at index 1"},
    {"%5%", Arg{5}, {}, kValue, "unsupported format character '%' (0x25) at index 2"},
    {"%é", Arg{5}, {}, kValue, "unsupported format character '?' (0xe9) at index 1"},
    {"%\001", Arg{5}, {}, kValue, "unsupported format character '?' (0x1) at index 1"},
    {"ab%-#5.3z", Arg{5}, {}, kValue, "unsupported format character 'z' (0x7a) at index 8"},
    {"%", Arg{5}, {}, kValue, "incomplete format"},
    {"%5", Arg{5}, {}, kValue, "incomplete format"},
    {"%.", Arg{5}, {}, kValue, "incomplete format"},
    {"%l", Arg{5}, {}, kValue, "incomplete format"},
    {"%.*", Arg{5}, {5}, kValue, "incomplete format"},
    {"%(a", Arg{5}, {}, kValue, "incomplete format key"},
    {"%(a)d", Arg{5}, {}, kOk, "5"},
    {"%(a(b)c)s", Arg{5}, {}, kOk, "5"},
    {"%(a)", Arg{5}, {}, kValue, "incomplete format"},
    {"日本%z", Arg{5}, {}, kValue, "unsupported format character 'z' (0x7a) at index 3"},
    {"%99999999999999999999d", Arg{5}, {}, kValue, "width too big"},
    {"%.99999999999d", Arg{5}, {}, kValue, "precision too big"},
    {"%.2147483647d", Arg{5}, {}, kOverflow, "precision too large"},
    {"%.*d", Arg{5}, {2147483648}, kOverflow, "Python int too large to convert to C int"},
    {"%%%d%%", Arg{5}, {}, kOk, "%5%"},
    {"%13c", Arg{std::string("é")}, {}, kOk, "            é"},
    {"%-015.s", Arg{std::string("")}, {}, kOk, "               "},
    {"%g", Arg{1e+23}, {}, kOk, "1e+23"},
    {"%+ #*.*s", Arg{std::string("日本語テキスト")}, {-14, -1}, kOk, "              "},
    {"%.10d", Arg{-1000}, {}, kOk, "-0000001000"},
    {"%-+s", Arg{std::string("héllo wörld")}, {}, kOk, "héllo wörld"},
    {"%#F", Arg{-908900.6066944072}, {}, kOk, "-908900.606694"},
    {"%.*u", Arg{7}, {-16}, kOk, "7"},
    {"%- G", Arg{1.6045731014182223e-198}, {}, kOk, " 1.60457E-198"},
    {"%-+#0*.r", Arg{std::string("hello")}, {15}, kOk, "               "},
    {"% 7X", Arg{-42}, {}, kOk, "    -2A"},
    {"%+01d", Arg{-21429756869}, {}, kOk, "-21429756869"},
    {"%- c", Arg{std::string("é")}, {}, kOk, "é"},
    {"% 0*.3s", Arg{std::string("日本語テキスト")}, {-16}, kOk, "日本語             "},
    {"%.8d", Arg{-1}, {}, kOk, "-00000001"},
    {"%+*x", Arg{255}, {0}, kOk, "+ff"},
    {"%o", Arg{8364}, {}, kOk, "20254"},
    {"%8.9e", Arg{-7.667996814558274e-279}, {}, kOk, "-7.667996815e-279"},
    {"% #s", Arg{std::string("a")}, {}, kOk, "a"},
    {"%8.11i", Arg{-1000}, {}, kOk, "-00000001000"},
    {"%.10d", Arg{-1}, {}, kOk, "-0000000001"},
    {"%d", Arg{2147483648}, {}, kOk, "2147483648"},
    {"%#*.F", Arg{1.8857368945490964e+207}, {11}, kOk, "1885736894549096376681247513614461414584645100842047991379547512380453046065735717280584371347022085700915648261354301902418449089965027104090096440671293576465560868461425712408669187735236711163376196124672."},
    {"% 09s", Arg{std::string("hello")}, {}, kOk, "    hello"},
    {"%*d", Arg{9223372036854775807}, {-2}, kOk, "9223372036854775807"},
    {"%-12E", Arg{234257.50783140864}, {}, kOk, "2.342575E+05"},
    {"%E", Arg{6505000.0}, {}, kOk, "6.505000E+06"},
    {"%+20.G", Arg{-768445.0889803995}, {}, kOk, "              -8E+05"},
    {"%*.*o", Arg{8364}, {9, 20}, kOk, "00000000000000020254"},
    {"%+0LE", Arg{-1.0315605595593044e-295}, {}, kOk, "-1.031561E-295"},
    {"%-r", Arg{std::string("日本語テキスト")}, {}, kOk, "'日本語テキスト'"},
    {"%#*.4X", Arg{255}, {20}, kOk, "              0X00FF"},
    {"%.0u", Arg{-1000000000000000}, {}, kOk, "-1000000000000000"},
    {"%*.o", Arg{2147483648}, {-2}, kOk, "20000000000"},
    {"%*i", Arg{-1234567}, {18}, kOk, "          -1234567"},
    {"%-*.13hF", Arg{-423841.56439670443}, {-11}, kOk, "-423841.5643967044307"},
    {"%-0*X", Arg{42}, {18}, kOk, "2A                "},
    {"% #.*s", Arg{std::string("hello")}, {2}, kOk, "he"},
    {"%0s", Arg{std::string("")}, {}, kOk, ""},
    {"%x", Arg{8364}, {}, kOk, "20ac"},
    {"%*r", Arg{std::string("hello")}, {18}, kOk, "           'hello'"},
    {"%-*X", Arg{-255}, {3}, kOk, "-FF"},
    {"%r", Arg{std::string("hello")}, {}, kOk, "'hello'"},
    {"%#*r", Arg{std::string("😀x")}, {10}, kOk, "      '😀x'"},
    {"%.E", Arg{-800423.7182964644}, {}, kOk, "-8E+05"},
    {"%#.f", Arg{5e-324}, {}, kOk, "0."},
    {"%s", Arg{std::string("hello")}, {}, kOk, "hello"},
    {"% 0*.0f", Arg{870156.5427262345}, {-4}, kOk, " 870157"},
    {"%-*.e", Arg{226187.08768587513}, {-12}, kOk, "2e+05       "},
    {"%*.u", Arg{-634274044731}, {-2}, kOk, "-634274044731"},
    {"% c", Arg{128512}, {}, kOk, "😀"},
    {"%+10.3e", Arg{1.2345678901234567e+19}, {}, kOk, "+1.235e+19"},
    {"%-#0.o", Arg{INT64_MIN}, {}, kOk, "-0o1000000000000000000000"},
    {"%0*X", Arg{-42}, {-18}, kOk, "-2A               "},
    {"%o", Arg{9223372036854775807}, {}, kOk, "777777777777777777777"},
    {"%*.5d", Arg{-1}, {0}, kOk, "-00001"},
    {"%-.s", Arg{std::string("hello")}, {}, kOk, ""},
    {"%-+0.c", Arg{std::string("é")}, {}, kOk, "é"},
    {"% *Ls", Arg{std::string("héllo wörld")}, {6}, kOk, "héllo wörld"},
    {"% 0*.*u", Arg{-1000000000000000}, {-10, 19}, kOk, "-0001000000000000000"},
    {"%*.*d", Arg{1114112}, {11, 12}, kOk, "000001114112"},
    {"%+ #*G", Arg{-5.926121708542554e-16}, {-14}, kOk, "-5.92612E-16  "},
    {"%0*.*hc", Arg{8364}, {-15, -8}, kOk, "€              "},
    {"%-.*F", Arg{1e-05}, {-17}, kOk, "0"},
    {"%0f", Arg{1.3486761836651416e+137}, {}, kOk, "134867618366514160755919733364673456699455231746797968278616972407663493917771073200234762301394453786832472132151105320130140046796783616.000000"},
    {"%+11e", Arg{-0.0031245}, {}, kOk, "-3.124500e-03"},
    {"%.*f", Arg{0.92}, {-5}, kOk, "1"},
    {"%012.6e", Arg{0.0}, {}, kOk, "0.000000e+00"},
    {"%0.*e", Arg{-516650.0458325147}, {10}, kOk, "-5.1665004583e+05"},
    {"%+#13.*c", Arg{std::string("é")}, {9}, kOk, "            é"},
    {"%o", Arg{-42}, {}, kOk, "-52"},
    {"%Ld", Arg{-1000}, {}, kOk, "-1000"},
    {"%3d", Arg{9223372036854775807}, {}, kOk, "9223372036854775807"},
    {"%f", Arg{9002000000.0}, {}, kOk, "9002000000.000000"},
    {"%-+f", Arg{3.5906300963296e-85}, {}, kOk, "+0.000000"},
    {"% 0*.6r", Arg{std::string("")}, {2}, kOk, "''"},
    {"% 0.*s", Arg{std::string("it's")}, {6}, kOk, "it's"},
    {"%-+ 15x", Arg{1000000000000000}, {}, kOk, "+38d7ea4c68000 "},
    {"%*.d", Arg{128512}, {7}, kOk, " 128512"},
    {"%X", Arg{-255}, {}, kOk, "-FF"},
};

void expect(const absl::StatusOr<std::string>& got, Outcome outcome,
            std::string_view expected) {
  if (outcome == kOk) {
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(*got, expected);
    return;
  }
  ASSERT_FALSE(got.ok()) << *got;
  EXPECT_EQ(got.status().code(), outcome == kValue
                                     ? absl::StatusCode::kInvalidArgument
                                     : absl::StatusCode::kOutOfRange);
  EXPECT_EQ(std::string(got.status().message()), expected);
}

template <typename T, typename Show>
absl::StatusOr<std::string> text(const absl::StatusOr<T>& r, Show show) {
  if (!r.ok()) return r.status();
  return show(*r);
}

// Renders a %-format whose '*'s take `stars` and whose conversions all take
// `arg`, dispatching on the conversion character as the VM does.
absl::StatusOr<std::string> apply_percent(std::string_view fmt, const Arg& arg,
                                          const std::vector<int64_t>& stars) {
  std::string out;
  size_t star = 0;
  for (size_t pos = 0; pos < fmt.size();) {
    if (fmt[pos] != '%') {
      out += fmt[pos++];
      continue;
    }
    if (pos + 1 < fmt.size() && fmt[pos + 1] == '%') {
      out += '%';
      pos += 2;
      continue;
    }
    absl::StatusOr<PercentSpec> spec = parse_percent_spec(
        fmt, pos + 1, [&]() -> absl::StatusOr<int64_t> { return stars.at(star++); });
    if (!spec.ok()) return spec.status();
    absl::StatusOr<std::string> piece;
    switch (spec->conv) {
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        piece = percent_format_int(std::get<int64_t>(arg.v), *spec);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        piece = percent_format_float(std::get<double>(arg.v), *spec);
        break;
      case 's':
        piece = percent_pad(std::holds_alternative<int64_t>(arg.v)
                                ? std::to_string(std::get<int64_t>(arg.v))
                                : std::get<std::string>(arg.v),
                            *spec);
        break;
      case 'r':
        piece = percent_pad(str_repr(std::get<std::string>(arg.v)), *spec);
        break;
      case 'c':
        piece = std::holds_alternative<int64_t>(arg.v)
                    ? percent_char(std::get<int64_t>(arg.v))
                    : std::get<std::string>(arg.v);
        if (piece.ok()) piece = percent_pad(*piece, *spec);
        break;
      default:
        return percent_unsupported(fmt, *spec);
    }
    if (!piece.ok()) return piece;
    out += *piece;
    pos = spec->end;
  }
  return out;
}

TEST(FormatTest, FormatInt) {
  for (const IntCase& c : kIntCases) {
    SCOPED_TRACE(testing::Message() << c.value << " spec '" << c.spec << "'");
    expect(format_int(c.value, c.spec), c.outcome, c.expected);
  }
}

TEST(FormatTest, FormatBoolNamesItsType) {
  for (const BoolCase& c : kBoolCases) {
    SCOPED_TRACE(c.spec);
    expect(format_int(c.value, c.spec, "bool"), c.outcome, c.expected);
  }
}

TEST(FormatTest, FormatFloat) {
  for (const FloatCase& c : kFloatCases) {
    SCOPED_TRACE(testing::Message() << float_repr(c.value) << " spec '" << c.spec << "'");
    expect(format_float(c.value, c.spec), c.outcome, c.expected);
  }
}

TEST(FormatTest, FormatStr) {
  for (const StrCase& c : kStrCases) {
    SCOPED_TRACE(testing::Message() << c.value << " spec '" << c.spec << "'");
    expect(format_str(c.value, c.spec), c.outcome, c.expected);
  }
}

TEST(FormatTest, FloatRepr) {
  for (auto [value, expected] : kReprCases) EXPECT_EQ(float_repr(value), expected);
}

TEST(FormatTest, StrRepr) {
  for (auto [value, expected] : kStrReprCases) EXPECT_EQ(str_repr(value), expected);
  EXPECT_EQ(str_repr(std::string("a\0b", 3)), "'a\\x00b'");
}

TEST(FormatTest, IntToStrBase) {
  for (const BaseCase& c : kBaseCases) {
    EXPECT_EQ(int_to_str_base(c.value, c.base), c.expected);
  }
}

TEST(FormatTest, ParseInt) {
  for (const ParseIntCase& c : kParseIntCases) {
    SCOPED_TRACE(testing::Message() << c.text.substr(0, 40) << " base " << c.base);
    expect(text(parse_int_literal_str(c.text, c.base),
                [](int64_t v) { return std::to_string(v); }),
           c.outcome, c.expected);
  }
}

TEST(FormatTest, ParseFloat) {
  for (const ParseFloatCase& c : kParseFloatCases) {
    SCOPED_TRACE(c.text);
    expect(text(parse_float_str(c.text), float_repr), c.outcome, c.expected);
  }
  EXPECT_TRUE(std::signbit(*parse_float_str("-nan")));
  EXPECT_FALSE(std::signbit(*parse_float_str("nan")));
  EXPECT_EQ(*parse_float_str(std::string("1.5\0", 4).substr(0, 3)), 1.5);
  EXPECT_FALSE(parse_float_str(std::string("1.5\0", 4)).ok());
}

TEST(FormatTest, Round) {
  for (const RoundCase& c : kRoundCases) {
    SCOPED_TRACE(testing::Message() << float_repr(c.value) << ", " << c.ndigits);
    expect(text(python_round(c.value, c.ndigits), float_repr), c.outcome, c.expected);
  }
  for (auto [value, expected] : kHalfEvenCases) {
    EXPECT_EQ(round_half_even(value), expected) << value;
  }
}

TEST(FormatTest, Percent) {
  for (const PercentCase& c : kPercentCases) {
    SCOPED_TRACE(c.format);
    expect(apply_percent(c.format, c.arg, c.stars), c.outcome, c.expected);
  }
}

TEST(FormatTest, PercentSpecFields) {
  absl::StatusOr<PercentSpec> spec = parse_percent_spec(
      "x%(key)-+ #0*.3lf", 2, []() -> absl::StatusOr<int64_t> { return 7; });
  ASSERT_TRUE(spec.ok());
  EXPECT_EQ(spec->key, "key");
  EXPECT_TRUE(spec->left && spec->plus && spec->blank && spec->alt && spec->zero);
  EXPECT_EQ(spec->width, 7);
  EXPECT_EQ(spec->prec, 3);
  EXPECT_EQ(spec->conv, U'f');
  EXPECT_EQ(spec->end, 17u);
  // The caller's error for a '*' argument passes through unchanged.
  EXPECT_EQ(parse_percent_spec("%*d", 1,
                               []() -> absl::StatusOr<int64_t> {
                                 return absl::InternalError("* wants int");
                               })
                .status(),
            absl::InternalError("* wants int"));
}

}  // namespace
}  // namespace lockvm

"""parse_date, Excel serials, add_years, full_years_between (core.dates), without QGIS."""
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from landplan_plugin.core import values
from landplan_plugin.core.dates import (add_years, excel_serial_to_date, full_years_between,
                                        parse_date)

D = dt.date(2021, 3, 5)


@pytest.mark.parametrize("raw", [
    "2021-03-05", "2021-3-5", "2021/3/5", "2021/03/05", "2021.3.5", "2021.03.05",
    " 2021-03-05 ", "2021 - 03 - 05",
    "2021年3月5日", "2021年03月05日", "2021年3月5号", "2021年3月5", "2021 年 3 月 5 日",
    "２０２１年３月５日", "２０２１－０３－０５", "２０２１．３．５", "２０２１／３／５",
    "20210305", "２０２１０３０５",
    "2021-03-05 10:20:30", "2021-03-05 10:20", "2021/3/5 0:00:00", "2021-03-05 10:20:30.123",
    "2021-03-05T10:20:30", "2021-03-05T10:20:30Z", "2021-03-05T23:20:30+08:00",
    "2021年3月5日 10:20", "2021年3月5日10时20分",
    "44260", "44260.0", "44260.75", "４４２６０",
])
def test_text_formats(raw):
    assert parse_date(raw, "实际动工日期") == (D, None)


@pytest.mark.parametrize("raw", [
    D, dt.datetime(2021, 3, 5, 10, 20, 30), 44260, 44260.5, Decimal("44260"), 20210305,
    20210305.0,
])
def test_objects_and_numbers(raw):
    assert parse_date(raw, "f") == (D, None)


class FakeQDate:
    def __init__(self, d, null=False, valid=True):
        self._d, self._null, self._valid = d, null, valid

    def isNull(self):  # noqa: N802 (mimics the QDate API)
        return self._null

    def isValid(self):  # noqa: N802 (mimics the QDate API)
        return self._valid

    def toPyDate(self):  # noqa: N802 (mimics the QDate API)
        return self._d


class FakeQDateTime(FakeQDate):
    def toPyDateTime(self):  # noqa: N802 (mimics the QDateTime API)
        return dt.datetime.combine(self._d, dt.time(10, 20))


class FakeNullVariant:
    def isNull(self):  # noqa: N802 (mimics the QVariant API)
        return True


def test_qt_duck_typing():
    assert parse_date(FakeQDate(D), "f") == (D, None)
    assert parse_date(FakeQDateTime(D), "f") == (D, None)
    assert parse_date(FakeQDate(None, null=True, valid=False), "f") == (None, None)
    assert parse_date(FakeNullVariant(), "f") == (None, None)
    value, problem = parse_date(FakeQDate(None, null=False, valid=False), "供地日期")
    assert value is None and problem.kind == values.BAD_DATE and "供地日期" in problem.message


@pytest.mark.parametrize("raw", [None, "", "   ", "\u3000"])
def test_missing(raw):
    assert parse_date(raw, "f") == (None, None)


@pytest.mark.parametrize("raw", [
    "2021-02-30", "2021-13-01", "2021年2月29日", "20210230", "2021/0/5",
    "待定", "N/A", "－", "明年", "2021-03", "2021年3月", "5/3/2021", "3/5/2021", "2021-3/5",
    "二〇二一年三月五日", "2021", 2021, 1900, True, "0", 0, -5, 2958466, 12345678, "19000101x",
    float("nan"), 60, "60",
])
def test_problems(raw):
    value, problem = parse_date(raw, "约定动工日期")
    assert value is None
    assert problem is not None
    assert problem.kind == values.BAD_DATE
    assert problem.field == "约定动工日期"
    assert problem.message.startswith("字段「约定动工日期」值「")


def test_problem_messages_are_specific():
    assert "不是可识别的日期" in parse_date("待定", "实际动工日期")[1].message
    assert parse_date("待定", "实际动工日期")[1].message == \
        "字段「实际动工日期」值「待定」不是可识别的日期，按缺失处理"
    assert "2月没有30日" in parse_date("2021-02-30", "f")[1].message
    assert "只有年份" in parse_date("2021", "f")[1].message
    assert "1900-02-29" in parse_date(60, "f")[1].message


def test_yyyymmdd_bad_year():
    assert parse_date("18991231", "f")[0] is None
    assert parse_date(30000101, "f")[0] is None


# --- Excel serials (1900 system with the Lotus leap-year bug) -------------------------------
@pytest.mark.parametrize("serial, expected", [
    (1, dt.date(1900, 1, 1)),
    (31, dt.date(1900, 1, 31)),
    (59, dt.date(1900, 2, 28)),
    (61, dt.date(1900, 3, 1)),
    (366, dt.date(1900, 12, 31)),
    (367, dt.date(1901, 1, 1)),
    (36526, dt.date(2000, 1, 1)),
    (43831, dt.date(2020, 1, 1)),
    (43890, dt.date(2020, 2, 29)),
    (44260, dt.date(2021, 3, 5)),
    (45657, dt.date(2024, 12, 31)),
    (2958465, dt.date(9999, 12, 31)),
])
def test_excel_serials(serial, expected):
    assert excel_serial_to_date(serial) == expected


@pytest.mark.parametrize("serial, expected", [
    (59, dt.date(1900, 2, 28)), (61, dt.date(1900, 3, 1)), (44260, dt.date(2021, 3, 5)),
    (43890, dt.date(2020, 2, 29)), (36526, dt.date(2000, 1, 1)),
])
def test_parse_date_excel_serials(serial, expected):
    assert parse_date(serial, "f") == (expected, None)
    assert parse_date(str(serial), "f") == (expected, None)


def test_excel_serial_60_and_out_of_range():
    assert excel_serial_to_date(60) is None
    assert excel_serial_to_date(0) is None
    assert excel_serial_to_date(2958466) is None
    assert excel_serial_to_date("x") is None


# --- add_years / full_years_between --------------------------------------------------------
def test_add_years():
    assert add_years(dt.date(2020, 3, 5), 1) == dt.date(2021, 3, 5)
    assert add_years(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)
    assert add_years(dt.date(2020, 2, 29), 4) == dt.date(2024, 2, 29)
    assert add_years(dt.date(2021, 2, 28), -1) == dt.date(2020, 2, 28)
    assert add_years(dt.date(2024, 2, 29), -1) == dt.date(2023, 2, 28)


@pytest.mark.parametrize("start, end, n", [
    (dt.date(2020, 3, 5), dt.date(2021, 3, 4), 0),
    (dt.date(2020, 3, 5), dt.date(2021, 3, 5), 1),
    (dt.date(2020, 3, 5), dt.date(2022, 3, 4), 1),
    (dt.date(2020, 3, 5), dt.date(2022, 3, 5), 2),
    (dt.date(2020, 3, 5), dt.date(2020, 3, 5), 0),
    (dt.date(2020, 2, 29), dt.date(2021, 2, 27), 0),
    (dt.date(2020, 2, 29), dt.date(2021, 2, 28), 1),
    (dt.date(2020, 2, 29), dt.date(2024, 2, 28), 3),
    (dt.date(2020, 2, 29), dt.date(2024, 2, 29), 4),
    (dt.date(2019, 3, 1), dt.date(2020, 2, 29), 0),
    (dt.date(2021, 3, 5), dt.date(2020, 3, 5), -1),
    (dt.date(2021, 3, 5), dt.date(2020, 3, 6), 0),
])
def test_full_years_between(start, end, n):
    assert full_years_between(start, end) == n


# --- properties -----------------------------------------------------------------------------
dates = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2999, 12, 31))


def _fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


@given(dates, st.sampled_from(["-", "/", "."]), st.booleans())
def test_roundtrip_separated(d, sep, pad):
    text = (("%04d{0}%02d{0}%02d" if pad else "%d{0}%d{0}%d").format(sep)
            % (d.year, d.month, d.day))
    assert parse_date(text, "f") == (d, None)


@given(dates, st.sampled_from(["日", "号", ""]), st.booleans(), st.booleans())
def test_roundtrip_chinese(d, day_mark, spaced, fullwidth):
    sp = " " if spaced else ""
    text = "%d%s年%s%d%s月%s%d%s" % (d.year, sp, sp, d.month, sp, sp, d.day, day_mark)
    if fullwidth:
        text = _fullwidth(text)
    assert parse_date(text, "f") == (d, None)


@given(dates)
def test_roundtrip_iso_and_compact(d):
    assert parse_date(d.isoformat(), "f") == (d, None)
    assert parse_date(d.strftime("%Y%m%d"), "f") == (d, None)
    assert parse_date(int(d.strftime("%Y%m%d")), "f") == (d, None)
    assert parse_date(dt.datetime.combine(d, dt.time(13, 5)).isoformat(), "f") == (d, None)


@given(st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)))
def test_excel_serial_roundtrip(d):
    serial = (d - dt.date(1899, 12, 30)).days
    assert excel_serial_to_date(serial) == d
    if not 1900 <= serial <= 2100:
        assert parse_date(serial, "f") == (d, None)


@given(st.text(max_size=20))
def test_never_raises(text):
    value, problem = parse_date(text, "f")
    assert value is None or isinstance(value, dt.date)
    assert problem is None or problem.kind == values.BAD_DATE


@given(dates, st.integers(min_value=0, max_value=30))
def test_full_years_consistent_with_add_years(d, n):
    end = add_years(d, n)
    assert full_years_between(d, end) == n
    assert full_years_between(d, end - dt.timedelta(days=1)) == max(n - 1, 0)


def test_reference_date_is_today_only_when_not_given():
    import datetime as dt
    from landplan_plugin.core.dates import AsOfError, reference_date
    assert reference_date(None) == reference_date("  ") == dt.date.today()
    assert reference_date("2024年6月30日") == dt.date(2024, 6, 30)
    assert reference_date(dt.datetime(2024, 6, 30, 12)) == dt.date(2024, 6, 30)
    with pytest.raises(AsOfError) as err:
        reference_date("下季度")
    assert err.value.raw == "下季度"

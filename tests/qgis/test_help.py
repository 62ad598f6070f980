"""Help text from resources/help: one file per algorithm and language, picked by the locale.

For every algorithm of the provider: both files exist; the text a user sees (what QTextDocument
makes of the HTML, as the help panel shows it) is complete — it names every parameter and every
output field the algorithm adds — and clean (no stray ``<``, ``>``, ``&``, no leftover tags, none
of our internal words); the Chinese help is Chinese and differs from the English; no algorithm
overrides ``shortHelpString()``, so the help is written once, in these files.
"""
import glob
import os
import re
from html.parser import HTMLParser

import pytest
from conftest import REPO

HELP = os.path.join(REPO, "resources", "help")
LANGS = ("en", "zh_Hans")

#: the output fields each algorithm adds (the output contract: names saved models and other tools
#: depend on). An algorithm writing only files (report, coordinate file, hand-in folder) adds none.
ADDED_FIELDS = {
    "scoreinefficiency": "ie_tax ie_taxpt ie_inv ie_invpt ie_far ie_farpt ie_cov ie_covpt ie_areamu ie_score "
                         "ie_flag ie_type ie_reason ie_std",
    "flagidleland": "idle_flag idle_days idle_basis idle_stage idle_csq idle_cause idle_gov idle_disp idle_fee "
                    "idle_asof idle_rsn",
    "flagunsupplied": "unsup_flag unsup_yrs appr_age appr_year appr_mu unsup_mu unsup_ha unsup_use unsup_asof "
                      "unsup_rsn ju_decide ju_reason",
    "zoneindustrialshare": "zone_name zone_ha ind_ha base_ha gy_ha ck_ha cc_ha othind_ha ind_share thresh "
                           "share_ok judged deficit_ha def_new_ha unk_ha unk_codes verdict cls scored_ha lowe_ha "
                           "lowe_pct ie_undet tax_mu supp_ha idle_ha idle_pct appr_ha unsup_ha unsup_pct "
                           "cm_fail_n cm_fail_mu cm_card ua_n ua_tot_mu ua_card "
                           "ct_year ct_target ct_base_ha ct_ind_ha ct_share ct_ok ct_gap_ha ct_out_ha ct_verdict",
    "exportflagged": "lp_kind lp_type lp_disp lp_areamu",
    "zonereport": "",
    "importcoordinates": "pid name use dlbm area_ha geom_ha area_diff n_points source problems",
    "exportcoordinates": "",
    "joinenterprises": "ej_match ej_landmu ej_share ej_note",
    "checkcommitments": "cm_status cm_flag cm_short cm_penalty cm_disp cm_reason cm_recheck cm_asof",
    "permuevaluation": "mj_score mj_class mj_rank mj_n mj_reason",
    "zoneevaluation": "zone_name zone_ha dev_ha ready_ha supp_ha built_ha ind_ha idle_ha supyr_ha sup_rate "
                      "built_rate ind_share far_all bld_dens far_ind cov_ind inv_ha tax_ha idle_rate yrs_left "
                      "score pot_ext pot_int pot_mgmt rd_sup rd_built rd_ind rd_far rd_dens rd_farind rd_covind "
                      "rd_inv rd_tax rd_idle rd_yrs eval_note eval_file eval_asof",
    "flagunauthorized": "ua_flag ua_mu ua_code ua_zone ua_reason",
    "supplyplanprogress": "district category plan_ha supp_ha n_supp done_pct req_pct on_track gap_ha plan_shr "
                          "supp_shr as_of pp_status pp_quarter pp_due pp_sdate pp_obst pp_unit pp_reason",
    "taskprogress": "zone kind task_mu done_mu done_pct open_mu new_mu overdue deadline n_done n_open n_new "
                    "as_of pid change base_mu cur_mu area_mu",
    "forecastindustrialland": "method label year total_ha new_ha r2 weight formula",
    "handin": "",
    "countyassessment": "ca_county ca_task_mu ca_done_mu ca_donepct ca_planpct ca_halfway ca_yearend ca_cut_ha "
                        "ca_score ca_rank ca_rankchg ca_talk ca_reason ca_open_mu ca_new_mu ca_planreq ca_planlag "
                        "ca_quota ca_conseq ca_parts ca_prevrk ca_us_task ca_us_done ca_us_pct ca_id_task ca_id_done "
                        "ca_id_pct ca_ie_task ca_ie_done ca_ie_pct ca_as_of",
    "changemonitoring": "ch_id ch_type ch_kind ch_lead ch_parcel ch_mu ch_zone ch_window ch_check ch_unit ch_reason "
                        "cw_zone cw_st_n cw_st_mu cw_use_n cw_use_mu cw_ua_n cw_ua_mu cw_rev_n cw_rev_mu cw_tot_n "
                        "cw_tot_mu cw_period",
    "stocksiting": "ss_rank ss_score ss_kind ss_sites ss_route ss_mu ss_zone ss_inv_req ss_far_req ss_tax_req "
                   "ss_meets ss_save_mu ss_reason",
    "industrialquota": "iq_table iq_key iq_year iq_quota iq_supp_ha iq_n iq_pct iq_left iq_tpct iq_reason "
                       "iq_ha iq_ind iq_exempt iq_lead",
    "standardsheet": "sd_inv sd_far sd_tax sd_n sd_commit sd_years sd_renew sd_src sd_note",
    "quarterlybulletin": "",
    "renewalunits": "ru_name ru_type ru_reason ru_area_ha ru_con_ha ru_old_pct ru_old_ha ru_vil_ha ru_low_ha "
                    "ru_low_pct ru_vac_pct ru_res ru_resi_ha ru_grn_pct ru_prk_pct ru_rail_n ru_rail_m2 uc_unit "
                    "uc_code uc_m2 uc_park uc_reason",
    "renewalresources": "ur_class ur_route ur_ring ur_ha ur_mu ur_src ur_reason",
    "renewalscreening": "rs_listed rs_conds rs_reason rs_ov_m2 rs_checkup",
}
NAMES = sorted(ADDED_FIELDS)
#: the tags QGIS's help panel shows
ALLOWED_TAGS = {"p", "b", "i", "ul", "li", "br", "a"}
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{8}")


def _path(name, lang):
    return os.path.join(HELP, name + (".html" if lang == "en" else f".{lang}.html"))


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _visible(html):
    """The text a user sees in the help panel."""
    from qgis.PyQt.QtGui import QTextDocument
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def _word(text, word):
    return re.search(rf"(?<![A-Za-z0-9_]){re.escape(word)}(?![A-Za-z0-9_])", text) is not None


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.tags, self.problems = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        for ch in "<>&":
            if ch in data:
                self.problems.append(f"raw {ch!r} in {data[:60]!r}")

    def handle_entityref(self, name):
        if name not in ("lt", "gt", "amp", "quot", "nbsp"):
            self.problems.append(f"unknown entity &{name};")


def _algorithms(qgis_app):
    from qgis.core import QgsApplication

    from landplan_plugin.algorithms.base import LandPlanAlgorithm
    provider = QgsApplication.processingRegistry().providerById("landplan")
    return {a.name(): a for a in provider.algorithms() if isinstance(a, LandPlanAlgorithm)}


def test_every_algorithm_of_the_provider_is_covered(qgis_app):
    assert sorted(_algorithms(qgis_app)) == NAMES


def test_the_added_fields_listed_here_exist_in_the_plugin():
    """The list above is the output contract, not a guess: every name is written by the plugin."""
    source = "".join(_read(p) for p in glob.glob(os.path.join(REPO, "landplan_plugin", "**", "*.py"),
                                                 recursive=True))
    missing = [(n, f) for n, fields in ADDED_FIELDS.items() for f in fields.split()
               if not re.search(rf"[\"']{re.escape(f)}[\"']", source)]
    assert not missing


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_help_file_exists_and_its_html_is_clean(name, lang):
    path = _path(name, lang)
    assert os.path.isfile(path), path
    parser = _Tags()
    parser.feed(_read(path))
    parser.close()
    assert not parser.problems, (path, parser.problems)
    assert parser.tags <= ALLOWED_TAGS, (path, parser.tags - ALLOWED_TAGS)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_visible_help_is_complete_and_clean(qgis_app, name, lang):
    alg = _algorithms(qgis_app)[name]
    text = _visible(_read(_path(name, lang)))
    assert len(text.strip()) > 200, (name, lang, text)
    # no markup a user would see: an unescaped "<=" cuts the text short, a stray entity shows as is
    stray = [ch for ch in "<>&" if ch in text]
    assert not stray, (name, lang, stray, text)
    # our internal words never reach the user: documents are named by their own titles
    assert not re.search(r"\bseeds?\b|种子文件", text, re.IGNORECASE) and not re.search(r"\bSPEC\b", text), (name, lang)
    missing = [p.name() for p in alg.parameterDefinitions()
               if not (_word(text, p.name()) or p.description() in text)]
    assert not missing, (name, lang, "parameters not named", missing)
    missing = [f for f in ADDED_FIELDS[name].split() if not _word(text, f)]
    assert not missing, (name, lang, "output fields not named", missing)
    if lang == "zh_Hans":
        assert CJK_RUN.search(text), (name, "not Chinese")
        assert text != _visible(_read(_path(name, "en")))


@pytest.mark.parametrize("name", NAMES)
def test_short_help_follows_the_locale(qgis_app, name, monkeypatch):
    alg = _algorithms(qgis_app)[name]
    monkeypatch.setenv("LANDPLAN_LOCALE", "en_US")
    en = alg.shortHelpString()
    assert en == _read(_path(name, "en")).strip()
    for loc in ("zh_CN", "zh-Hans"):
        monkeypatch.setenv("LANDPLAN_LOCALE", loc)
        zh = alg.shortHelpString()
        assert zh == _read(_path(name, "zh_Hans")).strip()
        assert zh != en and zh.startswith("<p>") and CJK_RUN.search(zh)
    monkeypatch.setenv("LANDPLAN_LOCALE", "de_DE")  # no German file: English
    assert alg.shortHelpString() == en


def test_help_is_written_once_in_the_files(qgis_app):
    """No algorithm overrides shortHelpString(): the base class reads resources/help."""
    from landplan_plugin.algorithms.base import LandPlanAlgorithm
    overriding = [name for name, alg in _algorithms(qgis_app).items()
                  if type(alg).shortHelpString is not LandPlanAlgorithm.shortHelpString]
    assert not overriding


@pytest.mark.parametrize("name", ("flagidleland", "flagunsupplied"))
def test_the_reference_date_is_explained_in_both_languages(name):
    assert "AS_OF" in _read(_path(name, "en")) and "基准日期" in _read(_path(name, "zh_Hans"))

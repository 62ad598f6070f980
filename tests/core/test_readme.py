"""The README a newcomer reads: short, and its algorithm table matches the rule pages."""
import os
import re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _readme():
    with open(os.path.join(REPO, "README.md"), encoding="utf-8") as f:
        return f.read()


def test_readme_is_short_and_opens_with_the_two_commands():
    text = _readme()
    assert len(text) <= 8000, len(text)
    first_block = text.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block


def test_every_rule_page_is_in_the_algorithm_table_and_every_link_resolves():
    text = _readme()
    linked = set(re.findall(r"\(docs/rules/([a-z]+)\.md\)", text))
    pages = {name[:-3] for name in os.listdir(os.path.join(REPO, "docs", "rules")) if name.endswith(".md")}
    pages.discard("README")
    assert linked == pages, (sorted(pages - linked), sorted(linked - pages))
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" not in target:
            assert os.path.exists(os.path.join(REPO, target)), target


def test_every_registered_algorithm_has_a_rule_page():
    with open(os.path.join(REPO, "landplan_plugin", "algorithms", "__init__.py"), encoding="utf-8") as f:
        modules = re.findall(r'\("([a-z_]+)", "[A-Za-z]+"\)', f.read())
    pages = {name[:-3] for name in os.listdir(os.path.join(REPO, "docs", "rules")) if name.endswith(".md")}
    for module in modules:
        assert module.replace("_", "") in pages, module  # per_mu_evaluation → permuevaluation.md

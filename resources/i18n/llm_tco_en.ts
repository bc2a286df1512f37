<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExcludedView</name>
    <message numerus="yes">
        <location filename="../../desktop/llm_tco/gui/results/excluded_view.py" line="+109"/>
        <source>%n candidate(s) excluded by hard constraints.</source>
        <translation>
            <numerusform>%n candidate excluded by hard constraints.</numerusform>
            <numerusform>%n candidates excluded by hard constraints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them only narrowly (marked ●).</source>
        <translation>
            <numerusform>It is excluded only narrowly (marked ●).</numerusform>
            <numerusform>%n of them only narrowly (marked ●).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/llm_tco/gui/main_window.py" line="+167"/>
        <source>Prices older than %n day(s) ({counts}).</source>
        <translation>
            <numerusform>Prices older than %n day ({counts}).</numerusform>
            <numerusform>Prices older than %n days ({counts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+180"/>
        <source>Removed %n missing project(s) from the recent list.</source>
        <translation>
            <numerusform>Removed %n missing project from the recent list.</numerusform>
            <numerusform>Removed %n missing projects from the recent list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message numerus="yes">
        <location filename="../../desktop/llm_tco/gui/wizard/pages_goals.py" line="+254"/>
        <location line="+19"/>
        <source>%n/10</source>
        <translation>
            <numerusform>%n/10</numerusform>
            <numerusform>%n/10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/llm_tco/gui/results/panel.py" line="+288"/>
        <source>Uncertainty: %n Monte Carlo sample(s).</source>
        <translation>
            <numerusform>Uncertainty: %n Monte Carlo sample.</numerusform>
            <numerusform>Uncertainty: %n Monte Carlo samples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Excluded (%n)</source>
        <translation>
            <numerusform>Excluded (%n)</numerusform>
            <numerusform>Excluded (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>● %n close option(s) excluded: see Excluded.</source>
        <translation>
            <numerusform>● %n close option excluded: see Excluded.</numerusform>
            <numerusform>● %n close options excluded: see Excluded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <location filename="../../desktop/llm_tco/gui/wizard/pages_goals.py" line="+49"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
</TS>

"""castflow's Jinja2 templates and stylesheet: a package only so that they install with castflow (as
package data) and are found with ``importlib.resources`` wherever it is installed. A show overrides
any of them with a file of the same name in its own ``templates/`` folder beside ``show.yaml``."""

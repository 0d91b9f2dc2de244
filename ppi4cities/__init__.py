"""PPI4Cities: a platform for public procurement of innovation in the Baltic Sea Region."""

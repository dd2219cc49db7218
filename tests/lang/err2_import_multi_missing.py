import math, sys, nosuchmod
